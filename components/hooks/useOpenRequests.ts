import { useEffect } from 'react';
import { takeOpenRequest, watchOpenRequests } from '@/utils/notifications/openRequest';

/**
 * Opens the conversation a notification click asked for: one waiting when the panel starts, and
 * any that arrives while it is open.
 */
export function useOpenRequests(open: (conversationId: string) => void) {
  useEffect(() => {
    const controller = new AbortController();
    void takeOpenRequest().then((id) => {
      if (id && !controller.signal.aborted) open(id);
    });
    watchOpenRequests(() => {
      void takeOpenRequest().then((id) => id && open(id));
    }, controller.signal);
    return () => controller.abort();
  }, [open]);
}

// The open thread's newest messages in the server's order (readThreadWindow); grows a page
// at a time (loadOlder) as the agent scrolls up. A 5,000-message thread opens as fast as a short one.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { StoredMessage } from '@/utils/db';
import { THREAD_PAGE, grownLimit, type MessageWindow } from '@/utils/thread/messageWindow';
import { readThreadWindow } from '@/utils/thread/readThreadWindow';
import { useDb } from './DbContext';

export interface ThreadWindow {
  /** Oldest first; undefined while loading. */
  messages: StoredMessage[] | undefined;
  hasOlder: boolean;
  loadOlder: () => void;
}

export function useMessageWindow(conversationId: string): ThreadWindow {
  const db = useDb();
  // The limit belongs to one conversation: another thread starts again at one page.
  const [requested, setRequested] = useState({ conversationId, limit: THREAD_PAGE });
  const limit = requested.conversationId === conversationId ? requested.limit : THREAD_PAGE;
  const answered: (MessageWindow<StoredMessage> & { conversationId: string }) | undefined = useLiveQuery(
    async () => ({
      conversationId,
      ...(await readThreadWindow(db, conversationId, limit)),
    }),
    [db, conversationId, limit],
  );
  // While a bigger window loads, the previous one stays on screen (no flash of "loading").
  const current = answered?.conversationId === conversationId ? answered : undefined;
  const loadOlder = useCallback(() => {
    const next = grownLimit(limit, current);
    if (next !== limit) setRequested({ conversationId, limit: next });
  }, [conversationId, limit, current]);
  return { messages: current?.messages, hasOlder: current?.hasOlder ?? false, loadOlder };
}

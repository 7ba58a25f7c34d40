import { useMemo } from 'react';
import { sendMessage } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n';
import { lifecycleActions } from './lifecycleActions';
import { describeError, type Guard, type Notice } from './notice';

/** Every side-panel action goes to the background; failures become a notice, not a crash. */
export function usePanelActions(notify: (notice: Notice) => void) {
  return useMemo(() => {
    const guard: Guard = async (run) => {
      try {
        return await run();
      } catch (err) {
        notify({ tone: 'error', text: describeError(err) });
        return undefined;
      }
    };
    return {
      accept: async (conversationId: string) =>
        void (await guard(() => sendMessage('acceptConversation', { conversationId }))),
      send: async (conversationId: string, text: string) => {
        // Rethrow so the composer keeps the text when the reply could not even be queued.
        await sendMessage('sendReply', { conversationId, text }).catch((err) => {
          notify({ tone: 'error', text: describeError(err) });
          throw err;
        });
      },
      sendTemplate: async (conversationId: string, templateId: string, params: string[]) => {
        await sendMessage('sendTemplate', { conversationId, templateId, params }).catch((err) => {
          notify({ tone: 'error', text: describeError(err) });
          throw err;
        });
      },
      retry: (messageId: string) => void guard(() => sendMessage('retryMessage', { messageId })),
      markRead: (conversationId: string) => void sendMessage('markRead', { conversationId }).catch(() => undefined),
      insert: (text: string) =>
        void guard(async () => {
          const result = await sendMessage('insertIntoPage', { text });
          notify(
            result.ok
              ? { tone: 'info', text: t.thread.inserted }
              : { tone: 'error', text: t.insertFailures[result.reason] },
          );
        }),
      syncNow: () => void sendMessage('syncNow').catch(() => undefined),
      ...lifecycleActions(notify, guard),
    };
  }, [notify]);
}

export type PanelActions = ReturnType<typeof usePanelActions>;

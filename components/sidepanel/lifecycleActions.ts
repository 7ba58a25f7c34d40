// The side panel's actions for notes, closing, transfer, assign and search: each goes to the
// background; a failure becomes a notice, a success a short confirmation.
import { sendMessage } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n';
import { describeError, type Guard, type Notice } from './notice';

export function lifecycleActions(notify: (notice: Notice) => void, guard: Guard) {
  const done = async (run: () => Promise<unknown>, message: string): Promise<boolean> => {
    const ok = await guard(async () => {
      await run();
      return true;
    });
    if (ok) notify({ tone: 'info', text: message });
    return ok === true;
  };
  return {
    addNote: async (conversationId: string, text: string) => {
      // Rethrow so the note form keeps the draft.
      await sendMessage('addNote', { conversationId, text }).catch((err) => {
        notify({ tone: 'error', text: describeError(err) });
        throw err;
      });
    },
    close: (conversationId: string, type: 'positive' | 'negative') =>
      done(() => sendMessage('closeConversation', { conversationId, type }), t.lifecycle.actions.closed),
    /** `targetName` is for the confirmation only; null agentId means back to New. */
    transfer: (conversationId: string, agentId: string | null, note: string, targetName: string) =>
      done(
        () => sendMessage('transferConversation', { conversationId, agentId, note: note.trim() || undefined }),
        agentId === null ? t.lifecycle.transfer.doneNew : t.lifecycle.transfer.done(targetName),
      ),
    assign: (conversationId: string, agentId: string, targetName: string) =>
      done(
        () => sendMessage('assignConversation', { conversationId, agentId }),
        t.lifecycle.transfer.assigned(targetName),
      ),
    search: (q: string, cursor?: string) => sendMessage('searchConversations', cursor ? { q, cursor } : { q }),
    history: (contactId: string) => sendMessage('contactHistory', { contactId }),
    fetchThread: (conversationId: string) => sendMessage('fetchThread', { conversationId }),
  };
}

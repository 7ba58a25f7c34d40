// Background handlers for notes, closing, transfer, assign and search. The server decides; its
// answer goes into the local copy at once, ahead of the next sync round.
import type { Conversation } from '@/core/model';
import type { SidedeskDb } from '@/utils/db';
import type { EditQueue } from '@/utils/outbox/editQueue';
import type { Handlers, RequireApi } from './handlerTypes';

export interface LifecycleDeps {
  db: SidedeskDb;
  requireApi: RequireApi;
  refreshBadge: () => Promise<unknown>;
  /** Notes go through it: queued when the server can't be reached. */
  edits: EditQueue;
}

type LifecycleHandlers = Pick<
  Handlers,
  | 'addNote'
  | 'closeConversation'
  | 'transferConversation'
  | 'assignConversation'
  | 'searchConversations'
  | 'contactHistory'
  | 'fetchThread'
>;

/** A thread fetched for viewing is capped like the backfill: enough to read, not the archive. */
const THREAD_PAGE = 200;

export function createLifecycleHandlers({ db, requireApi, refreshBadge, edits }: LifecycleDeps): LifecycleHandlers {
  const putIfHeld = async (conversation: Conversation) => {
    // A conversation outside our copy (an old search result) stays outside it.
    if (await db.conversations.get(conversation.id)) await db.conversations.put(conversation);
    await refreshBadge();
  };
  return {
    async addNote({ conversationId, text }) {
      await edits.run({ kind: 'note', text }, conversationId, async (clientId) => {
        const { note } = await (await requireApi()).addNote(conversationId, text, clientId);
        if (await db.conversations.get(conversationId)) await db.notes.put(note);
      });
    },
    async closeConversation({ conversationId, type }) {
      await putIfHeld((await (await requireApi()).close(conversationId, type)).conversation);
    },
    async transferConversation({ conversationId, agentId, note }) {
      const body = note?.trim() ? { agentId, note: note.trim() } : { agentId };
      await putIfHeld((await (await requireApi()).transfer(conversationId, body)).conversation);
    },
    async assignConversation({ conversationId, agentId }) {
      await putIfHeld((await (await requireApi()).assign(conversationId, agentId)).conversation);
    },
    async searchConversations({ q, cursor }) {
      return (await requireApi()).search(q, cursor);
    },
    async contactHistory({ contactId }) {
      return (await requireApi()).history(contactId);
    },
    async fetchThread({ conversationId }) {
      const api = await requireApi();
      const [page, notes] = await Promise.all([
        api.messages(conversationId, { limit: THREAD_PAGE }),
        api.notes(conversationId),
      ]);
      return { messages: page.messages, notes: notes.notes };
    },
  };
}

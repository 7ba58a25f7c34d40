import { isTransient } from '@/utils/api';
import type { OutboxEdit, SidedeskDb } from '@/utils/db';
import { contactQueue, enqueueEdit, hasQueued } from './enqueueEdit';

export interface EditQueueDeps {
  db: SidedeskDb;
  now: () => number;
  uuid: () => string;
  kick: () => Promise<void>;
}

export type EditQueue = ReturnType<typeof createEditQueue>;

/**
 * Notes, tags and fields: sent at once when nothing of theirs is waiting (so a refusal, e.g. a
 * value of the wrong type, is still shown to the agent), queued when the server can't be reached
 * (no error: the edit is kept and shown, and leaves when the server answers), and queued behind
 * anything already waiting so edits never overtake each other.
 */
export function createEditQueue(deps: EditQueueDeps) {
  return {
    async run(
      edit: OutboxEdit,
      conversationId: string | null,
      direct: (clientId: string) => Promise<unknown>,
    ): Promise<void> {
      const { db } = deps;
      const clientId = deps.uuid();
      const queue = edit.kind === 'note' ? conversationId : contactQueue(edit.contactId);
      if (queue && !(await hasQueued(db, queue))) {
        try {
          await direct(clientId);
          return;
        } catch (err) {
          if (!isTransient(err)) throw err;
        }
      }
      const agentId = (await db.session.get('me'))?.agent.id ?? '';
      await enqueueEdit(db, edit, { conversationId, agentId, clientId, now: deps.now() });
      void deps.kick();
    },
  };
}

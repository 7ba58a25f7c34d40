import type { OutboxEdit, SidedeskDb } from '@/utils/db';
import { nextPosition } from './outboxOrder';

/** The queue of a customer's tag and field edits (they belong to no single conversation). */
export const contactQueue = (contactId: string) => `contact:${contactId}`;
/** The local id of a note the server has not acknowledged yet. */
export const localNoteId = (clientId: string) => `local:${clientId}`;

const queueOf = (conversationId: string | null, edit: OutboxEdit) =>
  edit.kind === 'note' ? conversationId! : contactQueue(edit.contactId);

/** True when edits of that queue are still waiting: a new one must go behind them, not past them. */
export async function hasQueued(db: SidedeskDb, queue: string): Promise<boolean> {
  return (await db.outbox.where('conversationId').equals(queue).count()) > 0;
}

/**
 * Queues an edit and shows it in the local copy at once: a note as a local note, a tag or field
 * change on the contact. Sync brings the server's copy; the clientId makes every attempt the same.
 */
export async function enqueueEdit(
  db: SidedeskDb,
  edit: OutboxEdit,
  ctx: { conversationId: string | null; agentId: string; clientId: string; now: number },
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.notes, db.contacts], async () => {
    if (edit.kind === 'note' && ctx.conversationId) {
      const note = { id: localNoteId(ctx.clientId), conversationId: ctx.conversationId, agentId: ctx.agentId };
      await db.notes.put({ ...note, text: edit.text, createdAt: ctx.now });
    } else if (edit.kind === 'tag') {
      await db.contacts
        .where('id')
        .equals(edit.contactId)
        .modify((c) => {
          c.tagIds = edit.on ? [...new Set([...c.tagIds, edit.tagId])] : c.tagIds.filter((id) => id !== edit.tagId);
        });
    } else if (edit.kind === 'fields') {
      await db.contacts
        .where('id')
        .equals(edit.contactId)
        .modify((c) => {
          for (const [key, value] of Object.entries(edit.values)) {
            if (value === null) delete c.fields[key];
            else c.fields[key] = value;
          }
        });
    }
    await db.outbox.put({
      clientId: ctx.clientId,
      conversationId: queueOf(ctx.conversationId, edit),
      text: edit.kind === 'note' ? edit.text : '',
      edit,
      attempts: 0,
      nextAttemptAt: ctx.now,
      createdAt: ctx.now,
      position: await nextPosition(db),
    });
  });
}

// What a sync batch brought that an agent may want to hear about. Judged inside the apply
// transaction against the copy as it was before each change, so a replayed batch (the cursor did
// not move, or it moved and the same changes come again) brings no arrivals the second time.
import type { Change } from '@/core/model';
import type { SidedeskDb } from '@/utils/db';

export type Arrival =
  /** A conversation entered the New queue (first seen, or handed back to New). */
  | { kind: 'newConversation'; conversationId: string }
  /** A customer message we did not have. Whose conversation it is gets decided after commit. */
  | { kind: 'customerMessage'; conversationId: string; messageId: string; text: string; messageKind: string };

export async function arrivalOf(db: SidedeskDb, change: Change): Promise<Arrival | null> {
  if (change.type === 'conversation') {
    const c = change.data;
    if (c.assigneeId !== null || c.status !== 'open') return null;
    const before = await db.conversations.get(c.id);
    const wasInNew = before !== undefined && before.assigneeId === null && before.status === 'open';
    return wasInNew ? null : { kind: 'newConversation', conversationId: c.id };
  }
  if (change.type === 'message') {
    const m = change.data;
    if (m.author !== 'customer') return null;
    if ((await db.messages.get(m.id)) !== undefined) return null;
    return {
      kind: 'customerMessage',
      conversationId: m.conversationId,
      messageId: m.id,
      text: m.text,
      messageKind: m.kind,
    };
  }
  return null;
}

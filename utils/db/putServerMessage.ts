import type { Message } from '@/core/model';
import type { LocalDeliveryStatus, SidedeskDb, StoredMessage } from './schema';

const RANK: Record<LocalDeliveryStatus, number> = {
  sending: -1,
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 3,
};

function rank(status: StoredMessage['status']): number {
  return status === null ? -1 : RANK[status];
}

/**
 * Writes the server's copy of a message and retires the local stand-in that carried the same
 * clientId (and its outbox entry: the server has it, so it must never be sent again). Call inside
 * a read-write transaction over messages and outbox.
 *
 * 'latest' trusts the caller's copy (the sync feed is in sequence order); 'forward' is for copies
 * that may be older than one sync already wrote (a send's response, a backfill page), and keeps
 * the delivery status from moving backwards.
 */
export async function putServerMessage(db: SidedeskDb, message: Message, mode: 'latest' | 'forward'): Promise<void> {
  if (message.clientId !== null) {
    await db.messages
      .where('clientId')
      .equals(message.clientId)
      .filter((m) => m.id !== message.id)
      .delete();
    await db.outbox.delete(message.clientId);
  }
  if (mode === 'forward') {
    const existing = await db.messages.get(message.id);
    if (existing && rank(existing.status) > rank(message.status)) return;
  }
  await db.messages.put(message);
}

import { DELIVERY_RANK } from '@/core/deliveryStatus';
import type { Message } from '@/core/model';
import type { SidedeskDb, StoredMessage } from './schema';

/** Core's ranking, with the local stand-in's 'sending' or 'held' (and no status) below every server status. */
function rank(status: StoredMessage['status']): number {
  return status === null || status === 'sending' || status === 'held' ? -1 : DELIVERY_RANK[status];
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

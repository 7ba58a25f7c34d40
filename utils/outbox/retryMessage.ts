import type { ApiClient } from '@/utils/api';
import { putServerMessage, type SidedeskDb, type StoredMessage } from '@/utils/db';
import { localMessageId } from './enqueueOutgoing';

/**
 * Retries a failed reply. One the server never accepted (still local) goes back to the head of its
 * conversation's queue, same clientId and same place, and releases the replies it was holding;
 * one the server accepted but Meta refused is re-sent by the server.
 */
export async function retryMessage(db: SidedeskDb, api: ApiClient, messageId: string, now: number): Promise<void> {
  const message = await db.messages.get(messageId);
  if (!message || message.status !== 'failed') return;
  if (message.id.startsWith('local:') && message.clientId) {
    await requeue(db, message, message.clientId, now);
    return;
  }
  const { message: fresh } = await api.retry(messageId);
  await db.transaction('rw', [db.messages, db.outbox], () => putServerMessage(db, fresh, 'latest'));
}

async function requeue(db: SidedeskDb, message: StoredMessage, clientId: string, now: number): Promise<void> {
  await db.transaction('rw', [db.messages, db.outbox], async () => {
    await db.messages.update(message.id, { status: 'sending', error: null });
    const entry = await db.outbox.get(clientId);
    await db.outbox.put({
      clientId,
      conversationId: message.conversationId,
      text: message.text,
      template: message.template,
      createdAt: message.createdAt,
      ...(entry && { position: entry.position }),
      attempts: 0,
      nextAttemptAt: now,
    });
    const behind = await db.outbox.where('conversationId').equals(message.conversationId).toArray();
    for (const held of behind) {
      const id = localMessageId(held.clientId);
      if ((await db.messages.get(id))?.status === 'held') await db.messages.update(id, { status: 'sending' });
    }
  });
}

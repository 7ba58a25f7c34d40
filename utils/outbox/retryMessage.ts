import type { ApiClient } from '@/utils/api';
import { putServerMessage, type SidedeskDb } from '@/utils/db';

/**
 * Retries a failed reply. One the server never accepted (still local) goes back into the outbox
 * with the same clientId; one the server accepted but Meta refused is re-sent by the server.
 */
export async function retryMessage(db: SidedeskDb, api: ApiClient, messageId: string, now: number): Promise<void> {
  const message = await db.messages.get(messageId);
  if (!message || message.status !== 'failed') return;
  if (message.id.startsWith('local:') && message.clientId) {
    const clientId = message.clientId;
    await db.transaction('rw', [db.messages, db.outbox], async () => {
      await db.messages.update(messageId, { status: 'sending', error: null });
      await db.outbox.put({
        clientId,
        conversationId: message.conversationId,
        text: message.text,
        template: message.template,
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      });
    });
    return;
  }
  const { message: fresh } = await api.retry(messageId);
  await db.transaction('rw', [db.messages, db.outbox], () => putServerMessage(db, fresh, 'latest'));
}

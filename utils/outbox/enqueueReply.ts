import type { SidedeskDb, StoredMessage } from '@/utils/db';

/** The local id of a reply the server has not acknowledged yet. */
export const localMessageId = (clientId: string) => `local:${clientId}`;

export interface ReplyDraft {
  conversationId: string;
  text: string;
  agentId: string;
}

/**
 * Writes the reply at once as a local 'sending' message (so the thread shows it immediately) and
 * as an outbox entry, in one transaction. The clientId is the idempotency key of every attempt.
 */
export async function enqueueReply(
  db: SidedeskDb,
  draft: ReplyDraft,
  deps: { now: () => number; uuid: () => string },
): Promise<string> {
  const clientId = deps.uuid();
  const now = deps.now();
  const message: StoredMessage = {
    id: localMessageId(clientId),
    conversationId: draft.conversationId,
    author: 'agent',
    agentId: draft.agentId,
    kind: 'text',
    text: draft.text,
    originalType: null,
    status: 'sending',
    error: null,
    externalId: null,
    clientId,
    media: null,
    location: null,
    transcript: null,
    createdAt: now,
  };
  await db.transaction('rw', [db.messages, db.outbox], async () => {
    await db.messages.put(message);
    await db.outbox.put({
      clientId,
      conversationId: draft.conversationId,
      text: draft.text,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
  });
  return clientId;
}

import { localOrder, type SidedeskDb, type StoredMessage } from '@/utils/db';
import { nextPosition } from './outboxOrder';

/** The local id of a reply the server has not acknowledged yet. */
export const localMessageId = (clientId: string) => `local:${clientId}`;

/** What a text reply and a template send both become: the text the customer will read, and the template if any. */
export interface Outgoing {
  conversationId: string;
  agentId: string;
  text: string;
  template?: StoredMessage['template'];
}

/**
 * Writes the message at once as a local 'sending' message (so the thread shows it immediately) and
 * as an outbox entry, in one transaction. The clientId is the idempotency key of every attempt.
 */
export async function enqueueOutgoing(
  db: SidedeskDb,
  out: Outgoing,
  deps: { now: () => number; uuid: () => string },
): Promise<string> {
  const clientId = deps.uuid();
  const now = deps.now();
  const template = out.template && { template: out.template };
  const message: StoredMessage = {
    id: localMessageId(clientId),
    conversationId: out.conversationId,
    author: 'agent',
    agentId: out.agentId,
    kind: out.template ? 'template' : 'text',
    text: out.text,
    originalType: null,
    status: 'sending',
    error: null,
    externalId: null,
    clientId,
    media: null,
    location: null,
    transcript: null,
    form: null,
    createdAt: now,
    order: localOrder(now),
    ...template,
  };
  await db.transaction('rw', [db.messages, db.outbox], async () => {
    await db.messages.put(message);
    await db.outbox.put({
      clientId,
      conversationId: out.conversationId,
      text: out.text,
      ...template,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
      position: await nextPosition(db),
    });
  });
  return clientId;
}

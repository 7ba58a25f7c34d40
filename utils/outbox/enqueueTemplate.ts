import type { Template } from '@/core/model';
import { renderTemplate } from '@/core/templates';
import type { SidedeskDb, StoredMessage } from '@/utils/db';
import { localMessageId } from './enqueueReply';

export interface TemplateDraft {
  conversationId: string;
  template: Pick<Template, 'id' | 'body'>;
  params: string[];
  agentId: string;
}

/**
 * A template send, through the same outbox as a text reply: shown at once as a local 'sending'
 * message with the text the customer will read, sent with its clientId as idempotency key.
 */
export async function enqueueTemplate(
  db: SidedeskDb,
  draft: TemplateDraft,
  deps: { now: () => number; uuid: () => string },
): Promise<string> {
  const clientId = deps.uuid();
  const now = deps.now();
  const text = renderTemplate(draft.template.body, draft.params);
  const template = { templateId: draft.template.id, params: draft.params };
  const message: StoredMessage = {
    id: localMessageId(clientId),
    conversationId: draft.conversationId,
    author: 'agent',
    agentId: draft.agentId,
    kind: 'template',
    text,
    originalType: null,
    status: 'sending',
    error: null,
    externalId: null,
    clientId,
    media: null,
    location: null,
    transcript: null,
    createdAt: now,
    template,
  };
  await db.transaction('rw', [db.messages, db.outbox], async () => {
    await db.messages.put(message);
    await db.outbox.put({
      clientId,
      conversationId: draft.conversationId,
      text,
      template,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
  });
  return clientId;
}

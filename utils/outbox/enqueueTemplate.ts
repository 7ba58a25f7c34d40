import type { Template } from '@/core/model';
import { renderTemplate } from '@/core/templates';
import type { SidedeskDb } from '@/utils/db';
import { enqueueOutgoing } from './enqueueOutgoing';

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
export function enqueueTemplate(
  db: SidedeskDb,
  draft: TemplateDraft,
  deps: { now: () => number; uuid: () => string },
): Promise<string> {
  const { conversationId, agentId, template, params } = draft;
  return enqueueOutgoing(
    db,
    {
      conversationId,
      agentId,
      text: renderTemplate(template.body, params),
      template: { templateId: template.id, params },
    },
    deps,
  );
}

// A template send (POST /conversations/:id/messages with `template`): allowed outside Meta's reply
// window, which is what templates are for. Stored and idempotent exactly like a text reply (the
// clientId), sent with Meta's template payload, and it puts the conversation in Outgoing.
import type { TemplateSend } from '../../core/api/messages';
import type { Agent, Conversation, Message, Template } from '../../core/model';
import { renderTemplate, templateParamsProblem } from '../../core/templates';
import { canSee } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import { findConversation, recordOutbound } from '../store/repos/conversations';
import { findMessageByClientId } from '../store/repos/messages';
import { insertTemplateMessage, markOutgoing } from '../store/repos/templateMessages';
import { findTemplate } from '../store/repos/templates';
import { deliverMessage } from './deliverMessage';
import type { SendDeps } from './sendAgentMessage';

export async function sendTemplateMessage(
  deps: SendDeps,
  sender: Agent,
  conversationId: string,
  request: { clientId: string; template: TemplateSend },
): Promise<{ message: Message; created: boolean }> {
  const { db } = deps.store;
  const conversation = await findConversation(db, conversationId);
  if (!conversation || !canSee(conversation, sender)) throw notFound('Conversation');
  const repeat = await findMessageByClientId(db, request.clientId);
  if (repeat) {
    if (repeat.conversationId !== conversationId) {
      throw new ApiException(409, 'conflict', 'This clientId was already used for a message in another conversation.');
    }
    return { message: repeat, created: false };
  }
  assertMaySendTemplate(conversation, sender);
  const template = await findTemplate(db, request.template.templateId);
  if (!template) throw new ApiException(400, 'invalid', 'template.templateId: no such template.');
  return storeAndDeliverTemplate(deps, {
    conversation,
    agentId: sender.id,
    clientId: request.clientId,
    template,
    params: request.template.params,
  });
}

/** Who may send a template in this conversation: as for a reply, minus the window. */
export function assertMaySendTemplate(conversation: Conversation, sender: Agent): void {
  if (conversation.channel !== 'whatsapp') {
    throw new ApiException(
      409,
      'conflict',
      `Templates are WhatsApp's; this conversation is on ${conversation.channel}.`,
    );
  }
  if (conversation.status !== 'open') throw new ApiException(409, 'conflict', 'This conversation is closed.');
  if (conversation.assigneeId === null) {
    throw new ApiException(409, 'conflict', 'Take this conversation before replying: it is still waiting in New.');
  }
  if (conversation.assigneeId !== sender.id && sender.role !== 'admin') {
    throw new ApiException(403, 'forbidden', 'Only the agent handling this conversation can reply.');
  }
}

export interface TemplateDelivery {
  conversation: Conversation;
  agentId: string;
  clientId: string;
  template: Template;
  params: string[];
}

/** Validates the parameters, stores the message as pending, marks Outgoing, then sends. */
export async function storeAndDeliverTemplate(
  deps: SendDeps,
  input: TemplateDelivery,
): Promise<{ message: Message; created: boolean }> {
  const { conversation, template, params } = input;
  const problem = templateParamsProblem(template.body, params);
  if (problem) throw new ApiException(400, 'invalid', `template.params: ${problem} for "${template.name}".`);
  const text = renderTemplate(template.body, params);
  const now = deps.now();
  const stored = await deps.store.write(async (tx, changes) => {
    const message = await insertTemplateMessage(tx, {
      conversationId: conversation.id,
      channelId: conversation.channelId,
      agentId: input.agentId,
      clientId: input.clientId,
      text,
      template: { name: template.name, language: template.language, params },
      createdAt: now,
    });
    if (!message) return null;
    await recordOutbound(tx, conversation.id, { at: now, preview: text });
    await markOutgoing(tx, conversation.id, now);
    changes.add('message', message.id, conversation.id);
    changes.add('conversation', conversation.id, conversation.id);
    return message;
  });
  if (!stored) return { message: (await findMessageByClientId(deps.store.db, input.clientId))!, created: false };
  const outbound = { kind: 'template' as const, name: template.name, language: template.language, params, text };
  const message = await deliverMessage(deps, stored, conversation, { humanAgentTag: false, outbound });
  return { message, created: true };
}

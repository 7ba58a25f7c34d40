// A template send (POST /conversations/:id/messages with `template`): allowed outside Meta's reply
// window, which is what templates are for. Stored and idempotent exactly like a text reply (the
// clientId), sent with Meta's template payload, and it puts the conversation in Outgoing.
import type { TemplateSend } from '../../core/api/messages';
import type { Agent, Conversation, Message, Template } from '../../core/model';
import { renderTemplate, templateParamsProblem } from '../../core/templates';
import { assertMayAct, loadVisible } from '../conversations/loadForAction';
import { ApiException } from '../errors';
import type { ChangeSet } from '../store/createStore';
import type { Tx } from '../store/db';
import { recordOutbound } from '../store/repos/conversations';
import { findMessageByClientId } from '../store/repos/messages';
import { insertTemplateMessage, markOutgoing } from '../store/repos/templateMessages';
import { findTemplate } from '../store/repos/templates';
import { deliverMessage } from './deliverMessage';
import { findRepeat } from './findRepeat';
import type { SendDeps } from './sendDeps';

export async function sendTemplateMessage(
  deps: SendDeps,
  sender: Agent,
  conversationId: string,
  request: { clientId: string; template: TemplateSend },
): Promise<{ message: Message; created: boolean }> {
  const now = deps.now();
  // Checked in the transaction that stores the message, so the answer holds for that write.
  const stored = await deps.store.write(async (tx, changes) => {
    const conversation = await loadVisible(tx, sender, conversationId);
    const repeat = await findRepeat(tx, request.clientId, conversationId);
    if (repeat) return { repeat };
    assertMayAct(conversation, sender, 'template', now);
    const template = await findTemplate(tx, request.template.templateId);
    if (!template) throw new ApiException(400, 'invalid', 'template.templateId: no such template.');
    const input = {
      conversation,
      agentId: sender.id,
      clientId: request.clientId,
      template,
      params: request.template.params,
    };
    const message = await storeTemplateMessage(tx, changes, input, now);
    return message ? { message, input } : { repeat: null };
  });
  if ('repeat' in stored) {
    const repeat = stored.repeat ?? (await findMessageByClientId(deps.store.db, request.clientId))!;
    return { message: repeat, created: false };
  }
  return { message: await deliverTemplate(deps, stored.message, stored.input), created: true };
}

export interface TemplateDelivery {
  conversation: Conversation;
  /** null: the bot sends it (an automation). */
  agentId: string | null;
  clientId: string;
  template: Template;
  params: string[];
}

/** For a caller that has already decided to send (a campaign): store as pending, then send. */
export async function storeAndDeliverTemplate(
  deps: SendDeps,
  input: TemplateDelivery,
): Promise<{ message: Message; created: boolean }> {
  const now = deps.now();
  const stored = await deps.store.write((tx, changes) => storeTemplateMessage(tx, changes, input, now));
  if (!stored) return { message: (await findMessageByClientId(deps.store.db, input.clientId))!, created: false };
  return { message: await deliverTemplate(deps, stored, input), created: true };
}

/** Validates the parameters, stores the message as pending and marks Outgoing; null for a repeat clientId. */
async function storeTemplateMessage(
  tx: Tx,
  changes: ChangeSet,
  { conversation, template, params, agentId, clientId }: TemplateDelivery,
  now: number,
): Promise<Message | null> {
  const problem = templateParamsProblem(template.body, params);
  if (problem) throw new ApiException(400, 'invalid', `template.params: ${problem} for "${template.name}".`);
  const text = renderTemplate(template.body, params);
  const message = await insertTemplateMessage(tx, {
    conversationId: conversation.id,
    channelId: conversation.channelId,
    agentId,
    clientId,
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
}

function deliverTemplate(deps: SendDeps, stored: Message, { conversation, template, params }: TemplateDelivery) {
  const outbound = {
    kind: 'template' as const,
    name: template.name,
    language: template.language,
    params,
    text: stored.text,
  };
  return deliverMessage(deps, stored, conversation, { humanAgentTag: false, outbound });
}

// POST /v1/conversations: a template to a WhatsApp number, for the agent who found it on a page and
// no conversation with it. The customer gets (or keeps) a contact and an open conversation, which
// becomes the sender's and lands in Outgoing, exactly like one campaign recipient (runCampaign.ts).
// An open conversation another agent handles is theirs: the sender is told, nothing is sent.
import type { StartConversationRequest } from '../../core/api/pageContext';
import type { Agent, Conversation, Message } from '../../core/model';
import { normalizePhoneNumber } from '../../core/phoneNumbers';
import { templateParamsProblem } from '../../core/templates';
import { ApiException } from '../errors';
import type { SendDeps } from '../messages/sendDeps';
import { storeAndDeliverTemplate } from '../messages/sendTemplateMessage';
import { upsertContact } from '../store/repos/contacts';
import { claimConversation, findConversation, openConversationFor } from '../store/repos/conversations';
import { findTemplate } from '../store/repos/templates';
import { findTemplateChannel } from '../store/repos/whatsappBusinessAccount';

export async function startConversation(
  deps: SendDeps,
  sender: Agent,
  request: StartConversationRequest,
): Promise<{ conversation: Conversation; message: Message; created: boolean }> {
  const { db } = deps.store;
  const check = normalizePhoneNumber(request.phone);
  if (!check.ok) throw new ApiException(400, 'invalid', `phone: ${check.error}.`);
  const template = await findTemplate(db, request.template.templateId);
  if (!template) throw new ApiException(400, 'invalid', 'template.templateId: no such template.');
  const problem = templateParamsProblem(template.body, request.template.params);
  if (problem) throw new ApiException(400, 'invalid', `template.params: ${problem} for "${template.name}".`);
  const target = await findTemplateChannel(db);
  if (!target) throw new ApiException(409, 'conflict', 'There is no WhatsApp channel to start a conversation from.');

  const conversationId = await deps.store.write(async (tx, changes) => {
    const { contact, changed } = await upsertContact(tx, {
      channelId: target.channel.id,
      externalId: check.phone,
      name: '',
      phone: check.phone,
      seenAt: deps.now(),
    });
    if (changed) changes.add('contact', contact.id, null);
    const opened = await openConversationFor(tx, { id: contact.id, channelId: target.channel.id }, deps.now());
    if (await claimConversation(tx, opened.id, sender.id)) {
      changes.add('conversation', opened.id, opened.id, { visibility: true });
    }
    return opened.id;
  });
  const conversation = (await findConversation(db, conversationId))!;
  if (conversation.assigneeId !== sender.id && sender.role !== 'admin')
    throw new ApiException(409, 'conflict', 'This customer already has an open conversation with another agent.');
  const { message, created } = await storeAndDeliverTemplate(deps, {
    conversation,
    agentId: sender.id,
    clientId: request.clientId,
    template,
    params: request.template.params,
  });
  return { conversation: (await findConversation(db, conversationId))!, message, created };
}

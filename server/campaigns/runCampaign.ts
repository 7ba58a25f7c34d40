// Sends a campaign's template to each pending recipient, one after another, in the background
// after POST /v1/campaigns answered (the workers' 'campaigns' pass). A stop ends the run between
// two recipients; the next start finishes it. Each recipient gets (or keeps) a contact and an open
// conversation, handled by the campaign's assignee unless an agent already has it, and lands in
// Outgoing. The clientId of each send is derived from the campaign and position, so running a
// campaign again (after a crash) never sends anyone a second copy.
import { ApiException } from '../errors';
import type { SendDeps } from '../messages/sendDeps';
import { storeAndDeliverTemplate } from '../messages/sendTemplateMessage';
import { findCampaign, listRecipients, recordRecipientOutcome } from '../store/repos/campaigns';
import { upsertContact } from '../store/repos/contacts';
import { claimConversation, findConversation, openConversationFor } from '../store/repos/conversations';
import { findTemplate } from '../store/repos/templates';
import { findTemplateChannel } from '../store/repos/whatsappBusinessAccount';

export async function runCampaign(deps: SendDeps, campaignId: string, signal?: AbortSignal): Promise<void> {
  const { db } = deps.store;
  const campaign = await findCampaign(db, campaignId);
  if (!campaign || campaign.status === 'done') return;
  const template = await findTemplate(db, campaign.templateId);
  const target = await findTemplateChannel(db, deps.store.secrets);
  const pending = (await listRecipients(db, campaignId)).filter((r) => r.status === 'pending' && r.phone !== null);

  for (const recipient of pending) {
    if (signal?.aborted) return;
    let outcome: { status: 'sent' | 'failed'; error: string | null; conversationId: string | null };
    try {
      if (!template) throw new Error('The template was deleted before this recipient was reached.');
      if (!target) throw new Error('No WhatsApp channel is set up.');
      const conversationId = await deps.store.write(async (tx, changes) => {
        const { contact, changed } = await upsertContact(tx, {
          channelId: target.channel.id,
          externalId: recipient.phone!,
          name: '',
          phone: recipient.phone,
          seenAt: deps.now(),
        });
        if (changed) changes.add('contact', contact.id, null);
        const opened = await openConversationFor(tx, { id: contact.id, channelId: target.channel.id }, deps.now());
        if (await claimConversation(tx, opened.id, campaign.assigneeId)) {
          changes.add('conversation', opened.id, opened.id, { visibility: true });
        }
        return opened.id;
      });
      const conversation = (await findConversation(db, conversationId))!;
      const { message } = await storeAndDeliverTemplate(deps, {
        conversation,
        agentId: campaign.createdBy,
        clientId: `campaign-${campaign.id}-${recipient.position}`,
        template,
        params: campaign.params,
      });
      outcome =
        message.status === 'failed'
          ? { status: 'failed', error: message.error?.message ?? 'The platform refused the message.', conversationId }
          : { status: 'sent', error: null, conversationId };
    } catch (error) {
      if (!(error instanceof ApiException) && !(error instanceof Error)) throw error;
      deps.log('campaign recipient failed', { campaignId, position: recipient.position, error: String(error) });
      outcome = { status: 'failed', error: error.message, conversationId: null };
    }
    await deps.store.write(async (tx, changes) => {
      await recordRecipientOutcome(tx, campaign.id, recipient.position, outcome);
      changes.add('campaign', campaign.id, null);
    });
  }
}

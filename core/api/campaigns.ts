// Campaigns: one template sent to a list of phone numbers.
import { z } from 'zod';
import { Campaign } from '../model';

export const CampaignRequest = z.object({
  templateId: z.string().min(1),
  params: z.array(z.string().trim().max(1024)).max(20),
  /** Phone numbers in international form; spaces, dashes, brackets and a leading + are fine. */
  recipients: z.array(z.string().max(40)).min(1).max(1000),
  /** Who handles the answers; the admin who sends the campaign when omitted. */
  assigneeId: z.string().min(1).optional(),
});
export type CampaignRequest = z.infer<typeof CampaignRequest>;

export const CampaignResponse = z.object({ campaign: Campaign });

/** Every campaign, newest first. */
export const CampaignsPage = z.object({ campaigns: z.array(Campaign) });

export const CampaignRecipientStatus = z.enum(['pending', 'sent', 'failed']);
export const CampaignRecipient = z
  .object({
    /** As the admin typed it. */
    input: z.string(),
    /** Digits only, or null when the input is not a phone number. */
    phone: z.string().nullable(),
    status: CampaignRecipientStatus,
    error: z.string().nullable(),
    conversationId: z.string().nullable(),
  })
  .meta({ id: 'CampaignRecipient' });
export type CampaignRecipient = z.infer<typeof CampaignRecipient>;
export const CampaignRecipientsResponse = z.object({ campaign: Campaign, recipients: z.array(CampaignRecipient) });
export type CampaignRecipientsResponse = z.infer<typeof CampaignRecipientsResponse>;

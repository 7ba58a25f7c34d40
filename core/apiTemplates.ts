// Request and response bodies of templates, template sends and campaigns.
import { z } from 'zod';
import { Campaign, Template, TemplateCategory } from './model';
import { TEMPLATE_NAME } from './templates';

export const TemplateInput = z.object({
  name: z.string().trim().regex(TEMPLATE_NAME, 'lowercase letters, digits and underscores, as approved by Meta'),
  /** Meta's language code, e.g. en_US, es, pt_BR. */
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a language code such as en_US or es'),
  category: TemplateCategory,
  body: z.string().trim().min(1).max(1024),
});
export type TemplateInput = z.infer<typeof TemplateInput>;

export const TemplatePatch = TemplateInput.partial();
export type TemplatePatch = z.infer<typeof TemplatePatch>;

export const TemplateResponse = z.object({ template: Template });
export const TemplatesResponse = z.object({ templates: z.array(Template) });

export const TemplateImportRequest = z.object({
  /** The WhatsApp Business Account whose templates to read; remembered on the channel. */
  wabaId: z
    .string()
    .trim()
    .regex(/^\d{5,20}$/, 'the WhatsApp Business Account id (digits)')
    .optional(),
});
export const TemplateImportResponse = z.object({
  templates: z.array(Template),
  /** Approved templates read from Meta that were new here or changed. */
  imported: z.number().int(),
  /** Templates Meta listed that are not approved (pending, rejected …) or not positional. */
  skipped: z.array(z.object({ name: z.string(), reason: z.string() })),
});

/** The template part of a send: which template and its {{1}}..{{n}} values, in order. */
export const TemplateSend = z.object({
  templateId: z.string().min(1),
  params: z.array(z.string().trim().max(1024)).max(20),
});
export type TemplateSend = z.infer<typeof TemplateSend>;

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

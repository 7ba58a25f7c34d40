// Approved WhatsApp templates: editing them and importing them from Meta.
import { z } from 'zod';
import { Template, TemplateCategory } from '../model';
import { TEMPLATE_NAME } from '../templates';

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

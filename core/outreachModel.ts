// Templates and campaigns: the approved messages that open or reopen a conversation outside the
// reply window. model.ts re-exports them.
import { z } from 'zod';
import { Millis } from './millis';

export const TemplateCategory = z.enum(['marketing', 'utility', 'authentication']);

/** An approved WhatsApp message template; `body` has positional {{1}}, {{2}} … parameters. */
export const Template = z
  .object({
    id: z.string(),
    name: z.string(),
    language: z.string(),
    category: TemplateCategory,
    body: z.string(),
    paramCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'Template' });
export type Template = z.infer<typeof Template>;

export const Campaign = z
  .object({
    id: z.string(),
    templateId: z.string(),
    createdBy: z.string(),
    createdAt: Millis,
    total: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    status: z.enum(['running', 'done']),
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

// The information fields an admin defines on customers.
import { z } from 'zod';
import { FieldDefinition, FieldType } from '../model';

/** Lowercase letters, digits and underscores: the key values are stored under. */
const FieldKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lowercase letters, digits and _, starting with a letter');
const FieldLabel = z.string().trim().min(1).max(80);
const Choices = z.array(z.string().trim().min(1).max(80)).max(50);

export const CreateFieldRequest = z
  .object({
    key: FieldKey,
    label: FieldLabel,
    type: FieldType,
    choices: Choices.default([]),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .superRefine((field, ctx) => {
    if (field.type === 'choice' && field.choices.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'a choice field needs at least one choice' });
    }
    if (new Set(field.choices).size !== field.choices.length)
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'choices repeat' });
  });
export type CreateFieldRequest = z.infer<typeof CreateFieldRequest>;

/** The key and type stay: stored values are kept under the key and were checked by the type. */
export const UpdateFieldRequest = z
  .object({
    label: FieldLabel.optional(),
    choices: Choices.optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((f) => !f.choices || new Set(f.choices).size === f.choices.length, {
    path: ['choices'],
    message: 'choices repeat',
  });
export type UpdateFieldRequest = z.infer<typeof UpdateFieldRequest>;

export const FieldResponse = z.object({ field: FieldDefinition });
export const FieldsResponse = z.object({ fields: z.array(FieldDefinition) });

// Request and response bodies of customer information: tags, information fields, and a customer's
// values of both; plus the conversation list's tag filter.
import { z } from 'zod';
import { ConversationsQuery } from './api';
import { Contact, FieldDefinition, FieldType, Tag } from './model';

const TagName = z.string().trim().min(1).max(40);
/** #rrggbb, the colour of the tag's chip. */
const TagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #4f46e5');

export const CreateTagRequest = z.object({ name: TagName, color: TagColor });
export type CreateTagRequest = z.infer<typeof CreateTagRequest>;
export const UpdateTagRequest = z.object({ name: TagName.optional(), color: TagColor.optional() });
export type UpdateTagRequest = z.infer<typeof UpdateTagRequest>;

export const TagResponse = z.object({ tag: Tag });
export const TagsResponse = z.object({ tags: z.array(Tag) });

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

/** `null` clears a value; values are checked by type on the server (core/fieldValues.ts). */
export const SetContactFieldsRequest = z.object({
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type SetContactFieldsRequest = z.infer<typeof SetContactFieldsRequest>;

export const ContactResponse = z.object({ contact: Contact });

/** The conversation list, optionally only those whose customer carries a tag. */
export const ConversationsListQuery = ConversationsQuery.extend({
  tag: z.string().min(1).max(100).optional(),
});
export type ConversationsListQuery = z.infer<typeof ConversationsListQuery>;

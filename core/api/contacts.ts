// A customer's values of the information fields.
import { z } from 'zod';
import { Contact } from '../model';

/** `null` clears a value; values are checked by type on the server (core/fieldValues.ts). */
export const SetContactFieldsRequest = z.object({
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type SetContactFieldsRequest = z.infer<typeof SetContactFieldsRequest>;

export const ContactResponse = z.object({ contact: Contact });

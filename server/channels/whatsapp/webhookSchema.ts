// The parts of a WhatsApp Cloud API webhook we rely on, as zod. Everything else is allowed
// through untouched (loose objects), because Meta adds fields over time and a new field must
// never turn into a 400 that makes Meta retry for 7 days.
import { z } from 'zod';

const unixSeconds = z.string().regex(/^\d{1,12}$/, 'expected a string of Unix seconds');
/** Meta's ids are far shorter; a longer one could not enter the unique indexes on external ids. */
const externalId = z.string().max(256);

export const WhatsappContact = z.looseObject({
  profile: z.looseObject({ name: z.string() }).optional(),
  wa_id: externalId,
});

export const WhatsappMessage = z
  .looseObject({
    from: externalId.min(1),
    id: externalId.min(1),
    timestamp: unixSeconds,
    type: z.string().min(1),
    text: z.looseObject({ body: z.string() }).optional(),
  })
  .refine((m) => m.type !== 'text' || m.text !== undefined, {
    message: 'a text message needs text.body',
    path: ['text', 'body'],
  });
export type WhatsappMessage = z.infer<typeof WhatsappMessage>;

export const WhatsappStatusError = z.looseObject({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

export const WhatsappStatus = z.looseObject({
  id: externalId.min(1),
  status: z.string().min(1),
  timestamp: unixSeconds,
  recipient_id: externalId.optional(),
  errors: z.array(WhatsappStatusError).optional(),
});

export const WhatsappMessagesValue = z.looseObject({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: z.looseObject({
    display_phone_number: z.string().optional(),
    phone_number_id: externalId.min(1),
  }),
  contacts: z.array(WhatsappContact).optional(),
  messages: z.array(WhatsappMessage).optional(),
  statuses: z.array(WhatsappStatus).optional(),
});
export type WhatsappMessagesValue = z.infer<typeof WhatsappMessagesValue>;

/** `value` is only checked for `field: "messages"`; other fields (template status, account
 * updates, ...) have their own shapes and are ignored by `parse`. */
export const WhatsappWebhook = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.looseObject({
      id: z.string().optional(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })),
    }),
  ),
});

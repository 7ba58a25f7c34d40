// The parts of a Messenger / Instagram messaging webhook we rely on (PLATFORM.md §4.1, §5.1).
// Loose objects: Meta adds fields over time, and a new one must never become a 400 (Meta retries).
import { z } from 'zod';

/** Meta's ids are far shorter; a longer one could not enter the unique indexes on external ids. */
const MAX_ID = 256;
const id = z.union([z.string().min(1).max(MAX_ID), z.number()]).transform(String);

export const MessagingAttachment = z.looseObject({
  type: z.string().min(1),
  payload: z.looseObject({ url: z.string().optional() }).nullish(),
});
export type MessagingAttachment = z.infer<typeof MessagingAttachment>;

export const MessagingMessage = z.looseObject({
  mid: z.string().min(1).max(MAX_ID),
  text: z.string().optional(),
  is_echo: z.boolean().optional(),
  is_deleted: z.boolean().optional(),
  is_unsupported: z.boolean().optional(),
  attachments: z.array(MessagingAttachment).optional(),
});
export type MessagingMessage = z.infer<typeof MessagingMessage>;

/** One item of entry[].messaging[]: a message, or an event we skip (read, delivery, reaction...). */
export const MessagingEvent = z.looseObject({
  sender: z.looseObject({ id }),
  recipient: z.looseObject({ id }),
  timestamp: z.number().int().nonnegative(),
  message: z.unknown().optional(),
});

export const MessagingWebhook = z.looseObject({
  object: z.enum(['page', 'instagram']),
  entry: z.array(
    z.looseObject({
      id: id.optional(),
      // Entries for other subscriptions (feed changes, standby) carry no `messaging`.
      messaging: z.array(z.unknown()).optional(),
    }),
  ),
});

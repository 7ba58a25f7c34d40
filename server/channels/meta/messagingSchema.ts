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

/** One item of entry[].messaging[]: a message, a receipt (read, delivery), or an event we skip (reaction...). */
export const MessagingEvent = z.looseObject({
  sender: z.looseObject({ id }),
  recipient: z.looseObject({ id }),
  // Messenger's `delivery` events carry none (PLATFORM.md §4.1, message_deliveries reference).
  timestamp: z.number().int().nonnegative().optional(),
  message: z.unknown().optional(),
  delivery: z.unknown().optional(),
  read: z.unknown().optional(),
});

/** Messenger `delivery` / `read`, Instagram `read` (messaging_seen): a watermark, message ids, or both. */
export const MessagingReceipt = z.looseObject({
  watermark: z.number().int().nonnegative().optional(),
  mids: z.array(z.string().min(1)).optional(),
  mid: z.string().min(1).optional(),
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

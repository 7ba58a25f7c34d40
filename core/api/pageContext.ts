// Page context: the customers behind the phone numbers and emails on the page beside the panel, and
// a conversation started with a template to a number nobody has written from yet (WhatsApp).
import { z } from 'zod';
import { Contact, Conversation, Message } from '../model';
import { TemplateSend } from './messages';

/** International digits, no +: what core/phoneNumbers.ts and WhatsApp ids use. */
export const PhoneDigits = z.string().regex(/^[1-9]\d{7,14}$/, 'international digits without + (8 to 15)');

/** Only values the extension normalised: never page text. Order is the page's (first seen first). */
export const ContactMatchRequest = z
  .object({
    phones: z.array(PhoneDigits).max(50).default([]),
    emails: z.array(z.email().max(254).toLowerCase()).max(50).default([]),
  })
  .refine((r) => r.phones.length + r.emails.length > 0, { message: 'send at least one phone or email' });
export type ContactMatchRequest = z.infer<typeof ContactMatchRequest>;

export const ContactMatch = z
  .object({
    contact: Contact,
    /** The request's values this customer matched (phone digits, lower-case emails). */
    matched: z.array(z.string()),
    /** Their open conversation, when the caller may read it. */
    current: Conversation.nullable(),
    /** Their newest conversation the caller may read (the current one when there is one). */
    latest: Conversation,
    /** Conversations of theirs the caller may read. */
    conversationCount: z.number().int().positive(),
  })
  .meta({ id: 'ContactMatch' });
export type ContactMatch = z.infer<typeof ContactMatch>;

export const ContactMatchResponse = z.object({
  /** Best match first (see core/pageMatches.ts); customers the caller may not read are left out. */
  matches: z.array(ContactMatch),
});
export type ContactMatchResponse = z.infer<typeof ContactMatchResponse>;

export const StartConversationRequest = z.object({
  clientId: z.string().min(8).max(100),
  phone: PhoneDigits,
  template: TemplateSend,
});
export type StartConversationRequest = z.infer<typeof StartConversationRequest>;

export const StartConversationResponse = z.object({ conversation: Conversation, message: Message });
export type StartConversationResponse = z.infer<typeof StartConversationResponse>;

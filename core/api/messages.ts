// Sending into a conversation (text or an approved template) and reading its messages.
import { z } from 'zod';
import { Message } from '../model';

/** The template part of a send: which template and its {{1}}..{{n}} values, in order. */
export const TemplateSend = z.object({
  templateId: z.string().min(1),
  params: z.array(z.string().trim().max(1024)).max(20),
});
export type TemplateSend = z.infer<typeof TemplateSend>;

/** Idempotency key chosen by the client: a retry with the same id never sends twice. */
const ClientId = z.string().min(8).max(100);

export const SendTextRequest = z.object({ clientId: ClientId, text: z.string().trim().min(1).max(4096) });
/** An approved template: allowed outside the reply window; it moves the conversation to Outgoing. */
export const SendTemplateRequest = z.object({ clientId: ClientId, template: TemplateSend });
export const SendMessageRequest = z.union([SendTextRequest, SendTemplateRequest]);
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;

export const MessageResponse = z.object({ message: Message });
export const MessagesPage = z.object({
  messages: z.array(Message),
  /** Pass as `before` for older messages; null when there are none. */
  nextBefore: z.number().int().nullable(),
});
export type MessagesPage = z.infer<typeof MessagesPage>;

export const MessagesQuery = z.object({
  /** `nextBefore` of the previous page; omitted for the newest page. */
  before: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MessagesQuery = z.infer<typeof MessagesQuery>;

// The domain as wire types: the single source for the server's validation, its OpenAPI document
// and the extension's typed client. Pure zod, no I/O.
import { z } from 'zod';

export const CHANNELS = ['whatsapp', 'messenger', 'instagram'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const Role = z.enum(['admin', 'agent']);
export type Role = z.infer<typeof Role>;

/** Milliseconds since the epoch, as every timestamp on the wire. */
export const Millis = z.number().int().nonnegative();

export const Agent = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: Role,
    active: z.boolean(),
  })
  .meta({ id: 'Agent' });
export type Agent = z.infer<typeof Agent>;

export const Contact = z
  .object({
    id: z.string(),
    channel: Channel,
    /** The platform's id for the customer: WhatsApp wa_id (or BSUID), Messenger PSID, Instagram IGSID. */
    externalId: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    firstContactAt: Millis,
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof Contact>;

export const ConversationStatus = z.enum(['open', 'closed']);
export const CloseType = z.enum(['positive', 'negative', 'automatic']);

export const Conversation = z
  .object({
    id: z.string(),
    channelId: z.string(),
    channel: Channel,
    contactId: z.string(),
    contactName: z.string(),
    status: ConversationStatus,
    closeType: CloseType.nullable(),
    /** null while the conversation waits in the New queue. */
    assigneeId: z.string().nullable(),
    /** The customer's last message (Meta's timestamp): the reply window runs from here. */
    lastInboundAt: Millis.nullable(),
    /** Set when a template or campaign went out and the customer has not answered since. */
    outgoingSince: Millis.nullable(),
    lastActivityAt: Millis,
    lastMessagePreview: z.string(),
    unreadCount: z.number().int().nonnegative(),
    createdAt: Millis,
  })
  .meta({ id: 'Conversation' });
export type Conversation = z.infer<typeof Conversation>;

export const MessageAuthor = z.enum(['customer', 'agent', 'bot', 'system']);
export type MessageAuthor = z.infer<typeof MessageAuthor>;

export const MessageKind = z.enum(['text', 'template', 'unsupported']);
export type MessageKind = z.infer<typeof MessageKind>;

/** Delivery of our own messages. Ranked; never moves backwards; failed is terminal. */
export const DeliveryStatus = z.enum(['pending', 'sent', 'delivered', 'read', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const Message = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    author: MessageAuthor,
    /** The agent who wrote it, for author 'agent'. */
    agentId: z.string().nullable(),
    kind: MessageKind,
    text: z.string(),
    /** For kind 'unsupported': the platform's type name (e.g. "sticker"), shown to the agent. */
    originalType: z.string().nullable(),
    /** Outbound only; null on customer messages. */
    status: DeliveryStatus.nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    /** The platform's message id (wamid, mid). */
    externalId: z.string().nullable(),
    /** The sender's idempotency key, for agent messages. */
    clientId: z.string().nullable(),
    createdAt: Millis,
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

/** One entry of the sync feed: the latest state of one entity, or its removal from the viewer's copy. */
export const Change = z
  .discriminatedUnion('type', [
    z.object({ seq: z.number().int(), type: z.literal('conversation'), data: Conversation }),
    z.object({ seq: z.number().int(), type: z.literal('message'), data: Message }),
    z.object({ seq: z.number().int(), type: z.literal('contact'), data: Contact }),
    z.object({ seq: z.number().int(), type: z.literal('agent'), data: Agent }),
    z.object({
      seq: z.number().int(),
      type: z.literal('remove'),
      data: z.object({ entity: z.enum(['conversation', 'message', 'contact']), id: z.string() }),
    }),
  ])
  .meta({ id: 'Change' });
export type Change = z.infer<typeof Change>;

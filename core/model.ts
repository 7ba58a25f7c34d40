// The domain as wire types: the single source for the server's validation, its OpenAPI document
// and the extension's typed client. Pure zod, no I/O.
import { z } from 'zod';
import { FlowForm, QuickReply, Summary, Transcript } from './aiModel';
import { Millis } from './millis';
import { Campaign, Template } from './outreachModel';

export const CHANNELS = ['whatsapp', 'messenger', 'instagram'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const Role = z.enum(['admin', 'agent']);
export type Role = z.infer<typeof Role>;

export { Millis };
// The AI half's entities (transcripts, Flows forms, quick replies, summaries) live in aiModel.ts.
export * from './aiModel';
// Templates and campaigns, the messages that open a conversation, live in outreachModel.ts.
export * from './outreachModel';

export const Agent = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: Role,
    active: z.boolean(),
    /** Marked available in the panel: the bot's round-robin handover picks among these. */
    available: z.boolean(),
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
    /** Tags an agent put on the customer (ids of workspace `Tag`s). */
    tagIds: z.array(z.string()),
    /** Information-field values keyed by `FieldDefinition.key`; dates as YYYY-MM-DD. */
    fields: z.record(z.string(), z.union([z.string(), z.number()])),
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
    /** null while the conversation waits in the New queue (or is with the bot). */
    assigneeId: z.string().nullable(),
    /** The bot has it: in no inbox, only in the "With the bot" list, until it hands over. */
    withBot: z.boolean(),
    /** The customer's last message (Meta's timestamp): the reply window runs from here. */
    lastInboundAt: Millis.nullable(),
    /** Set when a template or campaign went out and the customer has not answered since. */
    outgoingSince: Millis.nullable(),
    lastActivityAt: Millis,
    lastMessagePreview: z.string(),
    unreadCount: z.number().int().nonnegative(),
    createdAt: Millis,
    closedAt: Millis.nullable(),
  })
  .meta({ id: 'Conversation' });
export type Conversation = z.infer<typeof Conversation>;

export const MessageAuthor = z.enum(['customer', 'agent', 'bot', 'system']);
export type MessageAuthor = z.infer<typeof MessageAuthor>;

export const MessageKind = z.enum([
  'text',
  'template',
  'image',
  'audio',
  'document',
  'location',
  'form',
  'unsupported',
]);
export type MessageKind = z.infer<typeof MessageKind>;

/** Delivery of our own messages. Ranked; never moves backwards (core/deliveryStatus.ts). */
export const DeliveryStatus = z.enum(['pending', 'sent', 'delivered', 'read', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const MediaRef = z
  .object({
    /** Our id (not the platform's): `GET /v1/media/:id` with the agent's token. */
    id: z.string(),
    mimeType: z.string(),
    filename: z.string().nullable(),
    /** A WhatsApp voice note (recorded in the app), as opposed to an audio file. */
    voice: z.boolean(),
    /** false until the server has downloaded the file from the platform. */
    ready: z.boolean(),
  })
  .meta({ id: 'MediaRef' });
export type MediaRef = z.infer<typeof MediaRef>;

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
    /** For image / audio / document: the file, served to agents only at `GET /v1/media/:id`. */
    media: MediaRef.nullable(),
    /** For kind 'location'. */
    location: z
      .object({
        latitude: z.number(),
        longitude: z.number(),
        name: z.string().nullable(),
        address: z.string().nullable(),
      })
      .nullable(),
    /** For customer audio while transcription is on: pending, then the text or why it failed. */
    transcript: Transcript.nullable(),
    /** For kind 'form'. */
    form: FlowForm.nullable(),
    /** The platform's timestamp (whole seconds on Meta): for display, never for order. */
    createdAt: Millis,
    /** Server-assigned, increasing in the order messages were stored (the platform's delivery order): threads sort by it. */
    order: z.number().int(),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const Tag = z.object({ id: z.string(), name: z.string(), color: z.string() }).meta({ id: 'Tag' });
export type Tag = z.infer<typeof Tag>;

export const FieldType = z.enum(['text', 'number', 'date', 'choice']);
export type FieldType = z.infer<typeof FieldType>;

/** An information field an admin defined; agents fill its value in on each customer. */
export const FieldDefinition = z
  .object({
    id: z.string(),
    key: z.string(),
    label: z.string(),
    type: FieldType,
    /** For type 'choice'. */
    choices: z.array(z.string()),
    position: z.number().int(),
  })
  .meta({ id: 'FieldDefinition' });
export type FieldDefinition = z.infer<typeof FieldDefinition>;

/** A private note on a conversation: for agents only, never sent to the customer. */
export const Note = z
  .object({ id: z.string(), conversationId: z.string(), agentId: z.string(), text: z.string(), createdAt: Millis })
  .meta({ id: 'Note' });
export type Note = z.infer<typeof Note>;

/** Workspace settings an admin changes; every agent receives them. */
export const Settings = z
  .object({
    /** There is one settings record per workspace. */
    id: z.literal('workspace'),
    defaultLayout: z.enum(['classic', 'beta']),
    /** Expired and outgoing conversations with no reply close after this many days. */
    autoCloseDays: z.number().int().min(1).max(365),
    /** AI summary and smart suggestions (off by default, like every AI switch). */
    summaryAndSuggestions: z.boolean(),
    /** Every customer voice note is transcribed. */
    transcribeVoiceNotes: z.boolean(),
    /** While the bot has a WhatsApp conversation, it answers voice notes with the chat model. */
    botAnswersVoiceNotes: z.boolean(),
    /** The admin's guidance for the bot's AI answers. */
    botPrompt: z.string().max(4000),
    /** The language written summaries are made in. */
    workspaceLanguage: z.enum(['en', 'es']),
    /** "Find in Sidedesk" and "This page": the panel may read phone numbers and emails from a page the agent asks about. */
    pageContext: z.boolean(),
    /** ISO 3166 country of numbers written without a country code on pages ("(300) 123-4567"); null: international only. */
    defaultCountry: z
      .string()
      .regex(/^[A-Z]{2}$/, 'a two-letter country code such as CO')
      .nullable(),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof Settings>;

export const RemovableEntity = z.enum([
  'conversation',
  'message',
  'contact',
  'tag',
  'field',
  'note',
  'template',
  'campaign',
  'quickReply',
]);
export type RemovableEntity = z.infer<typeof RemovableEntity>;

/** One entry of the sync feed: the latest state of one entity, or its removal from the viewer's copy. */
export const Change = z
  .discriminatedUnion('type', [
    z.object({ seq: z.number().int(), type: z.literal('conversation'), data: Conversation }),
    z.object({ seq: z.number().int(), type: z.literal('message'), data: Message }),
    z.object({ seq: z.number().int(), type: z.literal('contact'), data: Contact }),
    z.object({ seq: z.number().int(), type: z.literal('agent'), data: Agent }),
    z.object({ seq: z.number().int(), type: z.literal('tag'), data: Tag }),
    z.object({ seq: z.number().int(), type: z.literal('field'), data: FieldDefinition }),
    z.object({ seq: z.number().int(), type: z.literal('note'), data: Note }),
    z.object({ seq: z.number().int(), type: z.literal('template'), data: Template }),
    z.object({ seq: z.number().int(), type: z.literal('settings'), data: Settings }),
    z.object({ seq: z.number().int(), type: z.literal('campaign'), data: Campaign }),
    z.object({ seq: z.number().int(), type: z.literal('quickReply'), data: QuickReply }),
    z.object({ seq: z.number().int(), type: z.literal('summary'), data: Summary }),
    z.object({
      seq: z.number().int(),
      type: z.literal('remove'),
      data: z.object({ entity: RemovableEntity, id: z.string() }),
    }),
  ])
  .meta({ id: 'Change' });
export type Change = z.infer<typeof Change>;

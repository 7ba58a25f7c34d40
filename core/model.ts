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

export const TranscriptStatus = z.enum(['pending', 'done', 'failed']);
export type TranscriptStatus = z.infer<typeof TranscriptStatus>;

/** What turned a voice note into text: an OpenAI-compatible endpoint or the local recognizer. */
export const TranscriptEngine = z.enum(['openai', 'local']);
export type TranscriptEngine = z.infer<typeof TranscriptEngine>;

/** A voice note's text, made on the server once and synced to every agent who sees the message. */
export const Transcript = z
  .object({
    status: TranscriptStatus,
    /** Set when done (may be empty: nothing recognisable was said). */
    text: z.string().nullable(),
    engine: TranscriptEngine.nullable(),
    /**
     * Why the last attempt failed, as a stable code the panel words in its language
     * (`engine_not_installed`, `unsupported_audio`, `ai_unavailable`, `ai_bad_output`, `media_unavailable`);
     * the provider's own text stays in the server log.
     */
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    /** Another automatic attempt is due at this time; null when none will follow. */
    retryAt: Millis.nullable(),
  })
  .meta({ id: 'Transcript' });
export type Transcript = z.infer<typeof Transcript>;

/** A WhatsApp Flows form the customer submitted (`nfm_reply`), its answers as readable text. */
export const FlowForm = z
  .object({
    /** The reply's `name` (Meta sends "flow"). */
    name: z.string(),
    /** The `flow_token` the form was sent with: tells which form (or bot step) it answers. */
    flowToken: z.string().nullable(),
    /** In the order the customer's app sent them; lists joined with ", ". */
    answers: z.array(z.object({ name: z.string(), value: z.string() })),
  })
  .meta({ id: 'FlowForm' });
export type FlowForm = z.infer<typeof FlowForm>;

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
    createdAt: Millis,
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

export const TemplateCategory = z.enum(['marketing', 'utility', 'authentication']);

/** An approved WhatsApp message template; `body` has positional {{1}}, {{2}} … parameters. */
export const Template = z
  .object({
    id: z.string(),
    name: z.string(),
    language: z.string(),
    category: TemplateCategory,
    body: z.string(),
    paramCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'Template' });
export type Template = z.infer<typeof Template>;

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
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof Settings>;

export const Campaign = z
  .object({
    id: z.string(),
    templateId: z.string(),
    createdBy: z.string(),
    createdAt: Millis,
    total: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    status: z.enum(['running', 'done']),
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

/** A canned reply an admin wrote; agents get it through sync, and it grounds the suggestions. */
export const QuickReply = z
  .object({
    id: z.string(),
    title: z.string(),
    text: z.string(),
    /** Optional words that help match it to what a customer wrote (free text, not workspace tags). */
    tags: z.array(z.string()),
  })
  .meta({ id: 'QuickReply' });
export type QuickReply = z.infer<typeof QuickReply>;

export const SummaryTrigger = z.enum(['transfer', 'flow_answered', 'bot_handoff', 'on_demand']);
export type SummaryTrigger = z.infer<typeof SummaryTrigger>;

/** The written part of a summary, from the chat model. */
export const WrittenSummary = z.object({
  summary: z.string(),
  /** What the customer is still waiting for, if anything. */
  openRequest: z.string().nullable(),
  /** Promises an agent or the bot made to the customer. */
  promises: z.array(z.string()),
});
export type WrittenSummary = z.infer<typeof WrittenSummary>;

/** A conversation's summary for the next agent; stored once, earlier ones stay readable. */
export const Summary = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    trigger: SummaryTrigger,
    /** The agent who asked (on demand) or transferred; null for the bot and the customer's form. */
    requestedBy: z.string().nullable(),
    /** The bot's questions and the customer's answers, in order. */
    botAnswers: z.array(z.object({ question: z.string(), answer: z.string() })),
    /** WhatsApp Flows answers; `fieldKey` is set where an information field took the value. */
    formAnswers: z.array(z.object({ name: z.string(), value: z.string(), fieldKey: z.string().nullable() })),
    /** null without a chat model, or when the model could not be reached (see `error`). */
    written: WrittenSummary.nullable(),
    /** `chat_model` when a model wrote `written`; `collected_only` otherwise. */
    engine: z.enum(['chat_model', 'collected_only']),
    /** The chat model's name, for the "made by" line. */
    model: z.string().nullable(),
    /** Why an automatic summary has no written part although a model is configured. */
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    /** Messages in the conversation (since it last restarted) when it was made. */
    messageCount: z.number().int().nonnegative(),
    createdAt: Millis,
  })
  .meta({ id: 'Summary' });
export type Summary = z.infer<typeof Summary>;

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

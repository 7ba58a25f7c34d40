// The AI half of the wire types: voice-note transcripts, WhatsApp Flows answers, quick replies and
// summaries. model.ts re-exports them, so every consumer imports the domain from one place.
import { z } from 'zod';
import { Millis } from './millis';

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

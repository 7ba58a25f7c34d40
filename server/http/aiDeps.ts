// The seams of the AI features: what makes a summary or suggestions, and what runs after a commit
// that may call for a summary or a transcript. AppDeps.ai overrides any of them (main.ts wires the
// chat model and the job queue); createAiServices fills in the rest.
import type { AiSetup, Suggestion, SuggestionsResponse } from '../../core/api/ai';
import type {
  Contact,
  Conversation,
  FieldDefinition,
  Message,
  Note,
  QuickReply,
  Settings,
  Summary,
  SummaryTrigger,
} from '../../core/model';

/** What a summary or a suggestion is made from: the conversation since it started, oldest first. */
export interface ConversationContext {
  conversation: Conversation;
  /** Customer, agent and bot messages (no system entries), oldest first. */
  messages: Message[];
  contact: Contact;
  notes: Note[];
  fieldDefinitions: FieldDefinition[];
  settings: Settings;
  /** What the bot asked and the customer answered, in order (none when the bot never had it). */
  botAnswers?: { question: string; answer: string }[];
}

export interface SummaryInput extends ConversationContext {
  trigger: SummaryTrigger;
  /** The agent who asked or transferred; null for the bot and the customer's form. */
  requestedBy: string | null;
}

/** The part of a summary its maker decides; the rest (ids, trigger, count, time) is filled in around it. */
export type SummaryContent = Pick<Summary, 'botAnswers' | 'formAnswers' | 'written' | 'engine' | 'model' | 'error'>;
/** May throw ApiException `ai_unavailable` / `ai_bad_output` (an on-demand summary answers with it). */
export type SummaryMaker = (input: SummaryInput) => Promise<SummaryContent>;

export interface SuggestionInput extends ConversationContext {
  quickReplies: QuickReply[];
  /** Suggestion texts already on screen: never repeat them. */
  exclude: string[];
  requestedBy: string;
}
export type SuggestionMaker = (
  input: SuggestionInput,
) => Promise<{ suggestions: Suggestion[]; engine: SuggestionsResponse['engine'] }>;

export interface SummaryRequest {
  conversationId: string;
  trigger: SummaryTrigger;
  requestedBy: string | null;
}

export interface AiServices {
  /** What the server has configured (main.ts works it out); shown beside the admin's switches. */
  setup: AiSetup;
  makeSummary: SummaryMaker;
  makeSuggestions: SuggestionMaker;
  /**
   * An automatic summary, asked for after the commit of a transfer, a Flows answer or (next) a
   * bot handoff, once the switch is on and the conversation has enough messages. Never throws
   * (its failures are logged). Default: made and stored at once with `makeSummary`.
   */
  requestSummary: (request: SummaryRequest) => Promise<void>;
  /** After a commit that set a message's transcript to pending (a retry). Default: nothing. */
  onTranscriptionQueued: (messageId: string) => void;
  /** After the commit of a customer's WhatsApp Flows answer. Default: a `flow_answered` summary. */
  onFlowAnswered: (conversationId: string) => Promise<void>;
}

export type AiOptions = Partial<AiServices>;

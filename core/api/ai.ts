// Request and response bodies of the AI features: summaries, suggestions, transcription retries,
// quick replies, and what the server has configured (shown to admins beside the switches).
import { z } from 'zod';
import { QuickReply, Settings, Summary } from '../model';

/** A summary needs this many messages since the conversation last (re)started. */
export const MIN_MESSAGES_FOR_SUMMARY = 5;

export const SummaryResponse = z.object({ summary: Summary });
export const SummariesResponse = z.object({ summaries: z.array(Summary) });

export const SuggestionsRequest = z.object({
  /** Suggestions already on screen: a refresh never repeats them. */
  exclude: z.array(z.string().max(4096)).max(20).default([]),
});
export type SuggestionsRequest = z.infer<typeof SuggestionsRequest>;

export const Suggestion = z.object({
  text: z.string(),
  /** The quick reply it drew on, if any. */
  source: z.object({ quickReplyId: z.string(), title: z.string() }).nullable(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestionsResponse = z.object({
  suggestions: z.array(Suggestion),
  /** `chat_model`: written by the model; `quick_replies`: the workspace's quick replies ranked. */
  engine: z.enum(['chat_model', 'quick_replies']),
  /** The newest customer message they answer: a newer one makes them stale. */
  basedOnMessageId: z.string().nullable(),
});
export type SuggestionsResponse = z.infer<typeof SuggestionsResponse>;

export const QuickReplyBody = z.object({
  title: z.string().trim().min(1).max(80),
  text: z.string().trim().min(1).max(4096),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});
export type QuickReplyBody = z.infer<typeof QuickReplyBody>;
export const QuickReplyResponse = z.object({ quickReply: QuickReply });
export const QuickRepliesResponse = z.object({ quickReplies: z.array(QuickReply) });

/** What the server has configured, so the admin knows what each switch will do. Never a key. */
export const AiSetup = z
  .object({
    chat: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('openai'), host: z.string(), model: z.string() }),
      z.object({ kind: z.literal('none') }),
    ]),
    transcription: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('openai'), host: z.string(), model: z.string() }),
      /** Debian's pocketsphinx: English only, low accuracy; `installed` false means it cannot run. */
      z.object({ kind: z.literal('local'), installed: z.boolean() }),
      z.object({ kind: z.literal('none') }),
    ]),
  })
  .meta({ id: 'AiSetup' });
export type AiSetup = z.infer<typeof AiSetup>;

/** `GET|PATCH /v1/settings` answer: the settings and, beside them, the server's AI setup. */
export const SettingsWithAiResponse = z.object({ settings: Settings, ai: AiSetup });

export const UpdateAiSettings = z.object({
  summaryAndSuggestions: Settings.shape.summaryAndSuggestions.optional(),
  transcribeVoiceNotes: Settings.shape.transcribeVoiceNotes.optional(),
  botAnswersVoiceNotes: Settings.shape.botAnswersVoiceNotes.optional(),
  botPrompt: Settings.shape.botPrompt.optional(),
  workspaceLanguage: Settings.shape.workspaceLanguage.optional(),
});

/** `PATCH /v1/settings` body: any of the workspace settings, the AI ones included; at least one. */
export const UpdateSettingsWithAiRequest = UpdateAiSettings.extend({
  defaultLayout: Settings.shape.defaultLayout.optional(),
  autoCloseDays: Settings.shape.autoCloseDays.optional(),
  pageContext: Settings.shape.pageContext.optional(),
  defaultCountry: Settings.shape.defaultCountry.optional(),
}).refine((patch) => Object.values(patch).some((value) => value !== undefined), {
  message: 'send at least one setting to change',
});
export type UpdateSettingsWithAiRequest = z.infer<typeof UpdateSettingsWithAiRequest>;

// The AI half of the protocol (merged into ProtocolMap): the side panel and the options page ask the
// background, which alone holds the session token.
import type { AiSetup, QuickReplyBody, SuggestionsResponse } from '@/core/api/ai';
import type { QuickReply, Settings, Summary } from '@/core/model';
import type { AiSettingsPatch } from '@/utils/api/aiClient';

export interface AiProtocolMap {
  /** The workspace settings and what the server has configured for AI (admins see it beside the switches). */
  getAiSettings(): { settings: Settings; ai: AiSetup };
  /** Admin only (the server checks); the copy holds the new settings at once. */
  updateAiSettings(data: AiSettingsPatch): { settings: Settings; ai: AiSetup };
  saveQuickReply(data: { id?: string; body: QuickReplyBody }): QuickReply;
  deleteQuickReply(data: { id: string }): void;
  /** Fetches every summary of a conversation into the copy (those from before it was ours too). */
  loadSummaries(data: { conversationId: string }): void;
  /** A new summary on demand; the copy holds it at once. */
  summarize(data: { conversationId: string }): Summary;
  suggest(data: { conversationId: string; exclude: string[] }): SuggestionsResponse;
  retryTranscription(data: { messageId: string }): void;
}

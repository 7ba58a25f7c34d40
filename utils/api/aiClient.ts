// The typed client of the AI half of the v1 API: settings with the server's AI setup, quick replies,
// summaries, suggestions and transcription retries. Same shape as client.ts (every answer parsed
// with the core schemas, every failure an ApiClientError); only the background builds it.
import { z } from 'zod';
import { ApiError } from '@/core/api/errors';
import { MessageResponse } from '@/core/api/messages';
import {
  QuickRepliesResponse,
  QuickReplyResponse,
  SettingsWithAiResponse,
  SuggestionsResponse,
  SummariesResponse,
  SummaryResponse,
  type QuickReplyBody,
  type UpdateAiSettings,
} from '@/core/api/ai';
import type { ApiClientDeps } from './client';
import { ApiClientError } from './errors';

const ANY = z.unknown();
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type AiClient = ReturnType<typeof createAiClient>;
export type AiSettingsPatch = z.input<typeof UpdateAiSettings>;

export function createAiClient(deps: ApiClientDeps) {
  const doFetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = deps.baseUrl.replace(/\/+$/, '');

  async function request<S extends z.ZodType>(schema: S, method: Method, path: string, body?: unknown) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (deps.token) headers.authorization = `Bearer ${deps.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new ApiClientError(0, 'offline', `Can't reach ${base}: ${(err as Error).message}`);
    }
    const json: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (!res.ok) {
      const parsed = ApiError.safeParse(json);
      if (parsed.success) throw new ApiClientError(res.status, parsed.data.error.code, parsed.data.error.message);
      throw new ApiClientError(res.status, res.status >= 500 ? 'internal' : 'invalid', `HTTP ${res.status}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiClientError(res.status, 'bad_response', `Unexpected answer from ${path}`);
    return parsed.data as z.infer<S>;
  }

  const id = (value: string) => encodeURIComponent(value);
  return {
    settings: () => request(SettingsWithAiResponse, 'GET', '/v1/settings'),
    updateSettings: (patch: AiSettingsPatch) => request(SettingsWithAiResponse, 'PATCH', '/v1/settings', patch),

    quickReplies: () => request(QuickRepliesResponse, 'GET', '/v1/quick-replies'),
    createQuickReply: (body: z.input<typeof QuickReplyBody>) =>
      request(QuickReplyResponse, 'POST', '/v1/quick-replies', body),
    updateQuickReply: (quickReplyId: string, body: z.input<typeof QuickReplyBody>) =>
      request(QuickReplyResponse, 'PUT', `/v1/quick-replies/${id(quickReplyId)}`, body),
    deleteQuickReply: (quickReplyId: string) => request(ANY, 'DELETE', `/v1/quick-replies/${id(quickReplyId)}`),

    summaries: (conversationId: string) =>
      request(SummariesResponse, 'GET', `/v1/conversations/${id(conversationId)}/summary`),
    summarize: (conversationId: string) =>
      request(SummaryResponse, 'POST', `/v1/conversations/${id(conversationId)}/summary`, {}),
    suggestions: (conversationId: string, exclude: string[]) =>
      request(SuggestionsResponse, 'POST', `/v1/conversations/${id(conversationId)}/suggestions`, { exclude }),
    retryTranscription: (messageId: string) =>
      request(MessageResponse, 'POST', `/v1/messages/${id(messageId)}/transcription`, {}),
  };
}

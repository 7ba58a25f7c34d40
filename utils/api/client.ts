// A typed client of the v1 API: every response is parsed with the core schemas, every failure is
// an ApiClientError. The base URL and token are injected so the worker can rebuild it per call.
import { z } from 'zod';
import { LoginResponse, MeResponse } from '@/core/api/auth';
import { ConversationResponse, ConversationsPage } from '@/core/api/conversations';
import { ApiError } from '@/core/api/errors';
import { MessageResponse, MessagesPage, type SendMessageRequest } from '@/core/api/messages';
import { SyncResponse } from '@/core/api/sync';
import { ContactResponse, type SetContactFieldsRequest } from '@/core/api/contacts';
import { type TransferRequest } from '@/core/api/conversations';
import { NoteResponse, NotesResponse } from '@/core/api/notes';
import { Agent } from '@/core/model';
import { ApiClientError } from './errors';

// Endpoints whose body we do not use: accept anything, including an empty body.
const ANY = z.unknown();
const AgentsResponse = z.object({ agents: z.array(Agent) });

export interface ApiClientDeps {
  baseUrl: string;
  token?: string | null;
  fetch?: typeof fetch;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(deps: ApiClientDeps) {
  const doFetch = deps.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = deps.baseUrl.replace(/\/+$/, '');

  async function request<S extends z.ZodType>(schema: S, path: string, opts: RequestOptions = {}): Promise<z.infer<S>> {
    const url = new URL(base + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (deps.token) headers.authorization = `Bearer ${deps.token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';

    let res: Response;
    try {
      res = await doFetch(url.toString(), {
        method: opts.method ?? 'GET',
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
      });
    } catch (err) {
      if (opts.signal?.aborted) throw new ApiClientError(0, 'aborted', 'Request cancelled');
      throw new ApiClientError(0, 'offline', `Can't reach ${base}: ${(err as Error).message}`);
    }

    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const parsed = ApiError.safeParse(body);
      if (parsed.success) throw new ApiClientError(res.status, parsed.data.error.code, parsed.data.error.message);
      throw new ApiClientError(res.status, res.status >= 500 ? 'internal' : 'invalid', `HTTP ${res.status}`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiClientError(res.status, 'bad_response', `Unexpected answer from ${path}`);
    return parsed.data;
  }

  return {
    baseUrl: base,
    login: (email: string, password: string, signal?: AbortSignal) =>
      request(LoginResponse, '/v1/auth/login', { method: 'POST', body: { email, password }, signal }),
    logout: () => request(ANY, '/v1/auth/logout', { method: 'POST', body: {} }),
    me: () => request(MeResponse, '/v1/me'),
    agents: () => request(AgentsResponse, '/v1/agents'),
    sync: (q: { since: number; wait?: number; limit?: number }, signal?: AbortSignal) =>
      request(SyncResponse, '/v1/sync', { query: q, signal }),
    messages: (conversationId: string, q: { before?: number; limit?: number } = {}, signal?: AbortSignal) =>
      request(MessagesPage, `/v1/conversations/${encodeURIComponent(conversationId)}/messages`, { query: q, signal }),
    accept: (conversationId: string) =>
      request(ConversationResponse, `/v1/conversations/${encodeURIComponent(conversationId)}/accept`, {
        method: 'POST',
        body: {},
      }),
    markRead: (conversationId: string) =>
      request(ANY, `/v1/conversations/${encodeURIComponent(conversationId)}/read`, { method: 'POST', body: {} }),
    send: (conversationId: string, body: SendMessageRequest, signal?: AbortSignal) =>
      request(MessageResponse, `/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
        method: 'POST',
        body,
        signal,
      }),
    retry: (messageId: string) =>
      request(MessageResponse, `/v1/messages/${encodeURIComponent(messageId)}/retry`, { method: 'POST', body: {} }),
    search: (q: string) => request(ConversationsPage, '/v1/conversations', { query: { q } }),
    setContactTag: (contactId: string, tagId: string, on: boolean) =>
      request(ContactResponse, `/v1/contacts/${encodeURIComponent(contactId)}/tags/${encodeURIComponent(tagId)}`, {
        method: on ? 'PUT' : 'DELETE',
      }),
    setContactFields: (contactId: string, values: SetContactFieldsRequest['values']) =>
      request(ContactResponse, `/v1/contacts/${encodeURIComponent(contactId)}/fields`, {
        method: 'PUT',
        body: { values },
      }),
    addNote: (conversationId: string, text: string) =>
      request(NoteResponse, `/v1/conversations/${encodeURIComponent(conversationId)}/notes`, {
        method: 'POST',
        body: { text },
      }),
    notes: (conversationId: string, signal?: AbortSignal) =>
      request(NotesResponse, `/v1/conversations/${encodeURIComponent(conversationId)}/notes`, { signal }),
    close: (conversationId: string, type: 'positive' | 'negative') =>
      request(ConversationResponse, `/v1/conversations/${encodeURIComponent(conversationId)}/close`, {
        method: 'POST',
        body: { type },
      }),
    transfer: (conversationId: string, body: TransferRequest) =>
      request(ConversationResponse, `/v1/conversations/${encodeURIComponent(conversationId)}/transfer`, {
        method: 'POST',
        body,
      }),
    assign: (conversationId: string, agentId: string) =>
      request(ConversationResponse, `/v1/conversations/${encodeURIComponent(conversationId)}/assign`, {
        method: 'POST',
        body: { agentId },
      }),
  };
}

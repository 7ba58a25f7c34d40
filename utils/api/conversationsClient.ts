// A conversation's messages, notes and lifecycle (accept, read, close, transfer, assign) and search.
import { z } from 'zod';
import { ConversationResponse } from '@/core/api/conversations';
import { HistoryPage } from '@/core/api/history';
import { SearchPage } from '@/core/api/search';
import { MessageResponse, MessagesPage, type SendMessageRequest } from '@/core/api/messages';
import { type TransferRequest } from '@/core/api/conversations';
import { NoteResponse, NotesResponse } from '@/core/api/notes';
import type { Requester } from './request';

export function createConversationsClient(request: Requester) {
  const path = (conversationId: string, tail: string) =>
    `/v1/conversations/${encodeURIComponent(conversationId)}/${tail}`;
  const post = <S extends z.ZodType>(schema: S, url: string, body: unknown = {}, signal?: AbortSignal) =>
    request.json(schema, url, { method: 'POST', body, signal });
  return {
    messages: (conversationId: string, q: { before?: number; limit?: number } = {}, signal?: AbortSignal) =>
      request.json(MessagesPage, path(conversationId, 'messages'), { query: q, signal }),
    send: (conversationId: string, body: SendMessageRequest, signal?: AbortSignal) =>
      post(MessageResponse, path(conversationId, 'messages'), body, signal),
    retry: (messageId: string) => post(MessageResponse, `/v1/messages/${encodeURIComponent(messageId)}/retry`),
    accept: (conversationId: string) => post(ConversationResponse, path(conversationId, 'accept')),
    markRead: (conversationId: string) => post(z.unknown(), path(conversationId, 'read')),
    search: (q: string, cursor?: string) =>
      request.json(SearchPage, '/v1/search', { query: cursor ? { q, cursor } : { q } }),
    history: (contactId: string) =>
      request.json(HistoryPage, `/v1/contacts/${encodeURIComponent(contactId)}/conversations`),
    addNote: (conversationId: string, text: string, clientId?: string) =>
      post(NoteResponse, path(conversationId, 'notes'), clientId ? { text, clientId } : { text }),
    notes: (conversationId: string, signal?: AbortSignal) =>
      request.json(NotesResponse, path(conversationId, 'notes'), { signal }),
    close: (conversationId: string, type: 'positive' | 'negative') =>
      post(ConversationResponse, path(conversationId, 'close'), { type }),
    transfer: (conversationId: string, body: TransferRequest) =>
      post(ConversationResponse, path(conversationId, 'transfer'), body),
    assign: (conversationId: string, agentId: string) =>
      post(ConversationResponse, path(conversationId, 'assign'), { agentId }),
  };
}

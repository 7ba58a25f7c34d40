// Request and response bodies of the v1 API, and the stable error codes.
import { z } from 'zod';
import { TemplateSend } from './apiTemplates';
import { Agent, Change, Conversation, Message } from './model';

export const ERROR_CODES = [
  'invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'window_closed',
  'bad_signature',
  'upstream',
  'internal',
  'too_few_messages',
  'feature_off',
  'ai_unavailable',
  'ai_bad_output',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({ error: z.object({ code: ErrorCode, message: z.string() }) }).meta({ id: 'Error' });
export type ApiError = z.infer<typeof ApiError>;

export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const LoginResponse = z.object({ token: z.string(), agent: Agent });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const MeResponse = z.object({ agent: Agent });

/** Long-polls are capped below MV3's ~30 s limit on a pending fetch in a service worker. */
export const MAX_SYNC_WAIT_SECONDS = 25;

export const SyncQuery = z.object({
  since: z.coerce.number().int().nonnegative().default(0),
  wait: z.coerce.number().min(0).max(MAX_SYNC_WAIT_SECONDS).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type SyncQuery = z.infer<typeof SyncQuery>;

export const SyncResponse = z.object({
  changes: z.array(Change),
  /** Pass as `since` next time; covers every change scanned, visible or not. */
  cursor: z.number().int().nonnegative(),
  /** More changes are waiting: ask again at once. */
  hasMore: z.boolean(),
});
export type SyncResponse = z.infer<typeof SyncResponse>;

/** Idempotency key chosen by the client: a retry with the same id never sends twice. */
const ClientId = z.string().min(8).max(100);

export const SendTextRequest = z.object({ clientId: ClientId, text: z.string().trim().min(1).max(4096) });
/** An approved template: allowed outside the reply window; it moves the conversation to Outgoing. */
export const SendTemplateRequest = z.object({ clientId: ClientId, template: TemplateSend });
export const SendMessageRequest = z.union([SendTextRequest, SendTemplateRequest]);
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;

export const MessageResponse = z.object({ message: Message });
export const ConversationResponse = z.object({ conversation: Conversation });

export const MessagesPage = z.object({
  messages: z.array(Message),
  /** Pass as `before` for older messages; null when there are none. */
  nextBefore: z.number().int().nullable(),
});
export type MessagesPage = z.infer<typeof MessagesPage>;

export const ConversationsPage = z.object({ conversations: z.array(Conversation) });

export const AgentsResponse = z.object({ agents: z.array(Agent) });

export const ConversationsQuery = z.object({
  /** Searches contact name, phone and message text, including conversations older than 30 days. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ConversationsQuery = z.infer<typeof ConversationsQuery>;

export const MessagesQuery = z.object({
  /** `nextBefore` of the previous page; omitted for the newest page. */
  before: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MessagesQuery = z.infer<typeof MessagesQuery>;

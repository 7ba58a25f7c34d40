// The one protocol between the extension's contexts. Side panel and options page talk to the
// background; the background talks to the content script of one tab (insertText).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { HistoryPage } from '@/core/api/history';
import type { SearchPage } from '@/core/api/search';
import type { Agent, Message, Note } from '@/core/model';
import type { AdminProtocolMap } from './adminProtocol';
import type { AiProtocolMap } from './aiProtocol';
import type { BotProtocolMap } from './botProtocol';
import type { ContentMessage, PageContextProtocolMap } from './pageContextProtocol';
import type { SessionsProtocolMap } from './sessionsProtocol';

export interface SignInRequest {
  serverUrl: string;
  email: string;
  password: string;
}

export type InsertFailure = 'no_editable_focus' | 'no_tab' | 'unreachable';
export type InsertResult = { ok: true } | { ok: false; reason: InsertFailure };

/** A customer's file as bytes that survive messaging (which carries JSON, not Blobs). */
export interface MediaPayload {
  type: string;
  base64: string;
}

export interface ProtocolMap
  extends AdminProtocolMap, AiProtocolMap, PageContextProtocolMap, SessionsProtocolMap, BotProtocolMap {
  signIn(data: SignInRequest): Agent;
  signOut(): void;
  sendReply(data: { conversationId: string; text: string }): { clientId: string };
  /** An approved template with its {{1}}..{{n}} values, through the outbox like a reply. */
  sendTemplate(data: { conversationId: string; templateId: string; params: string[] }): { clientId: string };
  acceptConversation(data: { conversationId: string }): void;
  retryMessage(data: { messageId: string }): void;
  markRead(data: { conversationId: string }): void;
  insertIntoPage(data: { text: string }): InsertResult;
  syncNow(): void;
  /** Puts a tag on the customer (on) or takes it off; the copy holds the result at once. */
  setContactTag(data: { contactId: string; tagId: string; on: boolean }): void;
  /** Sets (null clears) information-field values; a bad value fails with the server's message naming the key. */
  setContactFields(data: { contactId: string; values: Record<string, string | number | null> }): void;
  /** A private note (never sent to the customer); the copy holds it at once. */
  addNote(data: { conversationId: string; text: string }): void;
  closeConversation(data: { conversationId: string; type: 'positive' | 'negative' }): void;
  /** To another agent, or back to the New queue (agentId null), with an optional note. */
  transferConversation(data: { conversationId: string; agentId: string | null; note?: string }): void;
  /** Admin only (the server checks). */
  assignConversation(data: { conversationId: string; agentId: string }): void;
  /** Server-side search: beyond the 30-day horizon and closed ones too. */
  searchConversations(data: { q: string; cursor?: string }): SearchPage;
  /** A customer's conversations the agent may read (earlier ones, read-only), newest first. */
  contactHistory(data: { contactId: string }): HistoryPage;
  /** A conversation's messages and notes from the server, for one not in the local copy. */
  fetchThread(data: { conversationId: string }): { messages: Message[]; notes: Note[] };
  /** A customer's file, fetched with the background's session. */
  fetchMedia(data: { mediaId: string }): MediaPayload;
  /** Starts a failed download over on the server. */
  retryMedia(data: { mediaId: string }): void;
  /** Background → content script of the target tab. */
  insertText(data: { text: string }): InsertResult;
}

export type BackgroundMessage = Exclude<keyof ProtocolMap, ContentMessage>;

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;

/** The side panel's keep-alive port (see utils/messaging/keepAlive.ts). */
export const PANEL_PORT_NAME = 'sidedesk-panel';
/** The options page: keeps the sync live like a panel, but is not a panel for notifications. */
export const VIEW_PORT_NAME = 'sidedesk-view';

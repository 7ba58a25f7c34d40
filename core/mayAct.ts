// Who may act on a conversation, and why not: the one rule the server enforces and the panel
// displays. The assignee acts on their conversation, and an admin on any (as in real support
// software: an admin covers for someone away or fixes a mistake). A free-form reply also needs
// Meta's window open; a template needs WhatsApp, and no window.
import type { Conversation } from './model';
import { replyWindow, type ReplyWindow } from './replyWindow';
import type { Principal } from './visibility';

export type Act = 'reply' | 'template' | 'close' | 'transfer' | 'assign';

type OpenWindow = Extract<ReplyWindow, { open: true }>;
type ClosedWindow = Extract<ReplyWindow, { open: false }>;

export type Refusal =
  | { ok: false; reason: 'closed' }
  /** The bot has it: read-only until an agent takes it over (accept). */
  | { ok: false; reason: 'with_bot' }
  /** Waiting in New: a reply needs someone to take it first. */
  | { ok: false; reason: 'not_taken' }
  | { ok: false; reason: 'not_assignee'; assigneeId: string | null }
  | { ok: false; reason: 'not_admin' }
  /** Templates are WhatsApp's. */
  | { ok: false; reason: 'not_whatsapp' }
  | { ok: false; reason: 'window_closed'; window: ClosedWindow };
export type RefusalReason = Refusal['reason'];

/** `window` is the open reply window for a reply (it says whether the HUMAN_AGENT tag is needed). */
export type Permission = { ok: true; window: OpenWindow | null } | Refusal;

type ActFields = Pick<Conversation, 'channel' | 'status' | 'assigneeId' | 'lastInboundAt'> &
  Partial<Pick<Conversation, 'withBot'>>;

/** Whether `who` may do `act` in the conversation; checks run in one order for every caller. */
export function mayAct(conversation: ActFields, who: Principal, act: 'reply', now: number): Permission;
export function mayAct(conversation: ActFields, who: Principal, act: Exclude<Act, 'reply'>): Permission;
export function mayAct(conversation: ActFields, who: Principal, act: Act, now: number): Permission;
export function mayAct(conversation: ActFields, who: Principal, act: Act, now?: number): Permission {
  if (act === 'assign' && who.role !== 'admin') return { ok: false, reason: 'not_admin' };
  if (act === 'template' && conversation.channel !== 'whatsapp') return { ok: false, reason: 'not_whatsapp' };
  if (conversation.status !== 'open') return { ok: false, reason: 'closed' };
  if (conversation.withBot) return { ok: false, reason: 'with_bot' };
  const sends = act === 'reply' || act === 'template';
  if (sends && conversation.assigneeId === null) return { ok: false, reason: 'not_taken' };
  if (conversation.assigneeId !== who.id && who.role !== 'admin') {
    return { ok: false, reason: 'not_assignee', assigneeId: conversation.assigneeId };
  }
  if (act !== 'reply') return { ok: true, window: null };
  // The overloads require `now` for a reply.
  const window = replyWindow(conversation.channel, conversation.lastInboundAt, now as number);
  return window.open ? { ok: true, window } : { ok: false, reason: 'window_closed', window };
}

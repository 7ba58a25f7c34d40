// Which inbox a conversation is in, for a viewer, at a time. Shared by the server and the
// extension so both always agree; pure and tested alone.
import type { Conversation } from './model';
import { DAY, replyWindow } from './replyWindow';

export const LAYOUTS = ['classic', 'beta'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const INBOXES: Record<Layout, readonly InboxName[]> = {
  classic: ['new', 'active'],
  beta: ['active', 'expired', 'outgoing'],
};
export type InboxName = 'new' | 'active' | 'expired' | 'outgoing';

/** Conversations quiet for longer than this leave every inbox (kept; found by search). */
export const INBOX_HORIZON = 30 * DAY;

export interface Viewer {
  id: string;
}

type InboxFields = Pick<
  Conversation,
  'channel' | 'status' | 'assigneeId' | 'withBot' | 'lastInboundAt' | 'outgoingSince' | 'lastActivityAt'
>;

/** The bot has it: the "With the bot" list (read-only for agents), never an inbox. */
export function isWithBot(conversation: Pick<Conversation, 'status' | 'withBot'>): boolean {
  return conversation.status === 'open' && conversation.withBot;
}

export function isWithinHorizon(conversation: Pick<Conversation, 'lastActivityAt'>, now: number): boolean {
  return now - conversation.lastActivityAt <= INBOX_HORIZON;
}

/** The inbox the conversation appears in for this viewer and layout, or null when in none. */
export function inboxOf(conversation: InboxFields, viewer: Viewer, layout: Layout, now: number): InboxName | null {
  if (conversation.status !== 'open' || conversation.withBot || !isWithinHorizon(conversation, now)) return null;
  if (conversation.assigneeId === null) return layout === 'classic' ? 'new' : null;
  if (conversation.assigneeId !== viewer.id) return null;
  if (layout === 'classic') return 'active';
  // A template is out and unanswered: it waits in Outgoing until the customer writes.
  if (conversation.outgoingSince !== null) return 'outgoing';
  return replyWindow(conversation.channel, conversation.lastInboundAt, now).open ? 'active' : 'expired';
}

export function inboxCounts(
  conversations: Iterable<InboxFields>,
  viewer: Viewer,
  layout: Layout,
  now: number,
): Record<InboxName, number> {
  const counts: Record<InboxName, number> = { new: 0, active: 0, expired: 0, outgoing: 0 };
  for (const c of conversations) {
    const inbox = inboxOf(c, viewer, layout, now);
    if (inbox) counts[inbox] += 1;
  }
  return counts;
}

/**
 * Since when the customer has waited for an agent: when the conversation opened (the customer's
 * first message, platform time). New is a queue ordered by it.
 */
export function waitingSince(conversation: Pick<Conversation, 'createdAt' | 'lastActivityAt'>): number {
  return Math.min(conversation.createdAt, conversation.lastActivityAt);
}

type Ordered = Pick<Conversation, 'id' | 'createdAt' | 'lastActivityAt'>;

/**
 * The order of an inbox's rows, the same on the server and in the panel: New is a queue (who has
 * waited longest first); every other inbox shows the most recent activity first. Ties by id.
 */
export function compareInInbox(inbox: InboxName): (a: Ordered, b: Ordered) => number {
  const byId = (a: Ordered, b: Ordered) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return inbox === 'new'
    ? (a, b) => waitingSince(a) - waitingSince(b) || byId(a, b)
    : (a, b) => b.lastActivityAt - a.lastActivityAt || byId(a, b);
}

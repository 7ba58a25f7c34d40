// What a conversation row says about time, from core's rules. Pure (uses the active language).
import { waitingSince } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import { replyWindow } from '@/core/replyWindow';
import { longSpan } from '@/utils/format/time';
import { t } from '@/utils/i18n';

type Row = Pick<
  Conversation,
  'status' | 'assigneeId' | 'channel' | 'lastInboundAt' | 'outgoingSince' | 'lastActivityAt' | 'createdAt'
>;

/** The time a row shows: when the customer wrote (an agent's reply does not make it "now"). */
export function rowTime(c: Pick<Conversation, 'lastInboundAt' | 'lastActivityAt'>): number {
  return c.lastInboundAt ?? c.lastActivityAt;
}

/** "waiting 12 min" for a conversation in the New queue, else null. */
export function rowWaiting(c: Row, now: number): string | null {
  if (c.status !== 'open' || c.assigneeId !== null) return null;
  return t.list.waiting(longSpan(Math.max(0, now - waitingSince(c))));
}

/**
 * "expired — template only" once the customer's reply window has closed (Classic has no Expired
 * tab, so the row says it); not for one waiting on a template already sent (Outgoing).
 */
export function rowExpired(c: Row, now: number): string | null {
  if (c.status !== 'open' || c.outgoingSince !== null || c.lastInboundAt === null) return null;
  const w = replyWindow(c.channel, c.lastInboundAt, now);
  return !w.open && w.reason === 'expired' ? t.list.expired : null;
}

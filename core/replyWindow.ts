// Meta's customer-service windows: when a free-form (non-template) reply may go out.
import type { Channel } from './model';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** Standard window after the customer's last message, per channel. */
export const STANDARD_WINDOW: Record<Channel, number> = {
  whatsapp: 24 * HOUR,
  messenger: 24 * HOUR,
  instagram: 24 * HOUR,
};

/** Messenger and Instagram allow a human agent to answer for 7 days with the HUMAN_AGENT tag. */
export const HUMAN_AGENT_WINDOW: Partial<Record<Channel, number>> = {
  messenger: 7 * DAY,
  instagram: 7 * DAY,
};

export type ReplyWindow =
  | { open: true; closesAt: number; humanAgentTag: boolean }
  | { open: false; reason: 'never_wrote' | 'expired'; closedAt: number | null };

/**
 * Whether an agent may send a free-form message now. `lastInboundAt` is the platform's timestamp
 * of the customer's last message. Inside the standard window no tag is needed; past it, on
 * channels that allow it, the HUMAN_AGENT tag extends the window.
 */
export function replyWindow(channel: Channel, lastInboundAt: number | null, now: number): ReplyWindow {
  if (lastInboundAt === null) return { open: false, reason: 'never_wrote', closedAt: null };
  const standardEnd = lastInboundAt + STANDARD_WINDOW[channel];
  if (now < standardEnd) return { open: true, closesAt: standardEnd, humanAgentTag: false };
  const extended = HUMAN_AGENT_WINDOW[channel];
  if (extended !== undefined && now < lastInboundAt + extended) {
    return { open: true, closesAt: lastInboundAt + extended, humanAgentTag: true };
  }
  return { open: false, reason: 'expired', closedAt: lastInboundAt + (extended ?? STANDARD_WINDOW[channel]) };
}

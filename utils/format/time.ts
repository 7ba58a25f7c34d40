import { HUMAN_AGENT_WINDOW, replyWindow, type ReplyWindow } from '@/core/replyWindow';
import type { Conversation } from '@/core/model';
import { activeLocale, t } from '@/utils/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Compact age for list rows: "now", "5m", "3h", "Yesterday", then the date. */
export function relativeTime(at: number, now: number, locale: string = activeLocale()): string {
  const diff = Math.max(0, now - at);
  if (diff < MINUTE) return t.time.now;
  if (diff < HOUR) return t.time.minutes(Math.floor(diff / MINUTE));
  if (diff < DAY) return t.time.hours(Math.floor(diff / HOUR));
  if (isSameDay(at, now - DAY)) return t.time.yesterday;
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Date(at).toLocaleDateString(
    locale,
    sameYear ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' },
  );
}

/** "45m", "3h", "6d": how long a span is, rounded down, at least one minute. */
export function compactSpan(ms: number): string {
  if (ms < HOUR) return t.time.minutes(Math.max(1, Math.floor(ms / MINUTE)));
  // A full 24-hour window reads "24h", not "1d".
  if (ms <= DAY) return t.time.hours(Math.floor(ms / HOUR));
  return t.time.days(Math.floor(ms / DAY));
}

/** "2 h", "15 min": the long form for sentences. */
export function longSpan(ms: number): string {
  if (ms < HOUR) return t.time.spanLong.minutes(Math.max(1, Math.floor(ms / MINUTE)));
  if (ms < DAY) return t.time.spanLong.hours(Math.floor(ms / HOUR));
  return t.time.spanLong.days(Math.floor(ms / DAY));
}

/** "3h left" while the reply window is open, else null. */
export function windowLeft(conversation: Pick<Conversation, 'channel' | 'lastInboundAt'>, now: number): string | null {
  // The panel's clock ticks once a minute: a message newer than that tick must not read "1d left".
  now = Math.max(now, conversation.lastInboundAt ?? 0);
  const w = replyWindow(conversation.channel, conversation.lastInboundAt, now);
  return w.open ? t.time.left(compactSpan(w.closesAt - now)) : null;
}

/** Why a free-form reply cannot go out, from core's window rule; null when it can. */
export function windowClosedReason(
  conversation: Pick<Conversation, 'channel' | 'lastInboundAt'>,
  now: number,
  w: ReplyWindow = replyWindow(conversation.channel, conversation.lastInboundAt, now),
): string | null {
  if (w.open) return null;
  if (w.reason === 'never_wrote' || w.closedAt === null) return t.composer.neverWrote;
  const label = HUMAN_AGENT_WINDOW[conversation.channel] ? t.composer.window7d : t.composer.window24h;
  return t.composer.windowClosed(label, longSpan(now - w.closedAt));
}

/** Day separator label: "Today", "Yesterday", or the date. */
export function dayLabel(at: number, now: number, locale: string = activeLocale()): string {
  if (isSameDay(at, now)) return t.time.today;
  if (isSameDay(at, now - DAY)) return t.time.yesterday;
  return new Date(at).toLocaleDateString(locale, { weekday: 'short', month: 'short', day: 'numeric' });
}

export function isSameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

export function clockTime(at: number, locale: string = activeLocale()): string {
  return new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

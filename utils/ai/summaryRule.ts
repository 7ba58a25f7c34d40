// The 5-message rule as the server counts it, so the panel can say why "Summarize now" waits. Pure.
import { MIN_MESSAGES_FOR_SUMMARY } from '@/core/api/ai';
import type { MessageAuthor } from '@/core/model';

/** What the server counts: what the customer, an agent or the bot said; not system lines, not notes. */
const COUNTED: ReadonlySet<MessageAuthor> = new Set(['customer', 'agent', 'bot']);

/** Whether a message counts towards a summary; a reply still in the outbox does not. */
export const countsForSummary = (m: { author: MessageAuthor; status: string | null }): boolean =>
  COUNTED.has(m.author) && m.status !== 'sending' && m.status !== 'held';

/** Messages of one conversation that count towards a summary. */
export function countSummaryMessages(messages: readonly { author: MessageAuthor; status: string | null }[]): number {
  return messages.filter(countsForSummary).length;
}

/** How many more messages a summary needs; 0 when it can be made. */
export function messagesMissing(count: number): number {
  return Math.max(0, MIN_MESSAGES_FOR_SUMMARY - count);
}

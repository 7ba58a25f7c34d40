// Suggestions answer the conversation as it was: a newer customer message makes them stale. Pure.
import type { MessageAuthor } from '@/core/model';

interface ThreadMessage {
  id: string;
  author: MessageAuthor;
  createdAt: number;
}

/** Thread order: by time, then id (as the local copy's index sorts equal times). */
const after = (a: ThreadMessage, b: ThreadMessage) =>
  a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);

/**
 * True when the thread holds a customer message newer than the one the suggestions were based on
 * (any customer message, when they were based on none). A base we do not hold yet is newer than
 * what we hold (sync is behind the server), so that is not stale.
 */
export function suggestionsStale(basedOnMessageId: string | null, messages: readonly ThreadMessage[]): boolean {
  const customer = messages.filter((m) => m.author === 'customer');
  if (basedOnMessageId === null) return customer.length > 0;
  const base = customer.find((m) => m.id === basedOnMessageId);
  if (!base) return false;
  return customer.some((m) => after(m, base));
}

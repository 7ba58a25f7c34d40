// Threads sort by the server's order (its storage order, the platform's delivery order), never by
// Meta's whole-second timestamps. A reply the server has not acknowledged yet has no server order:
// it sorts after everything known, and among themselves local replies keep the order written.
import type { Message } from '@/core/model';

/** Far above any order the server will assign, and still an exact integer (2^52 + a timestamp < 2^53). */
const LOCAL_ORDER_BASE = 2 ** 52;

export function localOrder(createdAt: number): number {
  return LOCAL_ORDER_BASE + createdAt;
}

export function isLocalOrder(order: number): boolean {
  return order >= LOCAL_ORDER_BASE;
}

/** Thread order for messages read from elsewhere than the [conversationId+order] index. */
export function byThreadOrder(a: Pick<Message, 'order' | 'id'>, b: Pick<Message, 'order' | 'id'>): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

import type { OutboxEntry, SidedeskDb } from '@/utils/db';

/** The order written: createdAt, then the position handed out at enqueue time (same-millisecond ties). */
export function byOrderWritten(a: OutboxEntry, b: OutboxEntry): number {
  return a.createdAt - b.createdAt || (a.position ?? 0) - (b.position ?? 0);
}

/** Each conversation's entries in the order written; conversations are independent queues. */
export async function outboxQueues(db: SidedeskDb): Promise<OutboxEntry[][]> {
  const entries = (await db.outbox.toArray()).sort(byOrderWritten);
  const queues = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const queue = queues.get(entry.conversationId) ?? [];
    queue.push(entry);
    queues.set(entry.conversationId, queue);
  }
  return [...queues.values()];
}

/** The next position: one past the highest in the outbox. Call inside a transaction over db.outbox. */
export async function nextPosition(db: SidedeskDb): Promise<number> {
  let max = 0;
  await db.outbox.each((e) => {
    max = Math.max(max, e.position ?? 0);
  });
  return max + 1;
}

// The inbox's reads of the local copy: the New queue and the viewer's own, each by index inside the
// 30-day horizon; everyone else's conversations (an admin sees thousands) are never read.
// The first screen is one short index range per queue in that queue's order (New: longest waiting
// first, [queueKey+waitingSince]; mine: most recent first, [queueKey+lastActivityAt]), so it costs
// the same with 10 or 10,000 conversations. Sizes are index counts, which step over every key in
// their range: a separate read, after the first paint.
import { Dexie } from 'dexie';
import type { Conversation } from '@/core/model';
import type { SidedeskDb } from '@/utils/db';
import { NEW_QUEUE } from '@/utils/db/queueKey';
import type { QueueSizes } from './firstScreenCounts';

/** Rows of each queue read for the first paint: more than a tall panel shows. */
export const FIRST_SCREEN_ROWS = 40;

export interface QueueRows {
  /** New's rows then mine, each in its queue's order (the screen sorts with core's compareInInbox). */
  conversations: Conversation[];
  /** Every row of both queues is in `conversations`. */
  complete: boolean;
}

const byActivity = (db: SidedeskDb, key: string, since: number) =>
  db.conversations.where('[queueKey+lastActivityAt]').between([key, since], [key, Dexie.maxKey], true, true);

/**
 * New's first screen: longest waiting first, without the (rare, soon pruned) rows past the horizon.
 * One getAll of the first rows; only when some of them were past the horizon, a filtered cursor.
 */
async function longestWaiting(db: SidedeskDb, since: number): Promise<Conversation[]> {
  const queue = () =>
    db.conversations.where('[queueKey+waitingSince]').between([NEW_QUEUE, Dexie.minKey], [NEW_QUEUE, Dexie.maxKey]);
  const first = await queue().limit(FIRST_SCREEN_ROWS).toArray();
  const inside = first.filter((c) => c.lastActivityAt >= since);
  if (inside.length === first.length || first.length < FIRST_SCREEN_ROWS) return inside;
  return queue()
    .filter((c) => c.lastActivityAt >= since)
    .limit(FIRST_SCREEN_ROWS)
    .toArray();
}

/** The first screen of each queue, or (whole) both queues entirely. `since` is the horizon's start. */
export async function readQueues(
  db: SidedeskDb,
  since: number,
  meId: string | null,
  whole: boolean,
): Promise<QueueRows> {
  const [waiting, mine] = await Promise.all([
    whole ? byActivity(db, NEW_QUEUE, since).toArray() : longestWaiting(db, since),
    meId === null
      ? []
      : whole
        ? byActivity(db, meId, since).toArray()
        : byActivity(db, meId, since).reverse().limit(FIRST_SCREEN_ROWS).toArray(),
  ]);
  // A queue that filled less than its first screen was read whole.
  const complete = whole || (waiting.length < FIRST_SCREEN_ROWS && mine.length < FIRST_SCREEN_ROWS);
  return { conversations: [...waiting, ...mine], complete };
}

/** Each queue's size inside the horizon, counted on the index alone. */
export async function readQueueSizes(db: SidedeskDb, since: number, meId: string | null): Promise<QueueSizes> {
  const [waiting, mine] = await Promise.all([
    byActivity(db, NEW_QUEUE, since).count(),
    meId === null ? 0 : byActivity(db, meId, since).count(),
  ]);
  return { new: waiting, mine };
}

// The inbox's conversations: the New queue and the viewer's own, each one index range over
// [queueKey+lastActivityAt] inside the 30-day horizon (New's first screen is its oldest rows: a queue). Everyone else's conversations (an admin
// sees thousands) are never read; core's inboxOf still decides the tab of each one read.
// Two steps: the first screen (the newest rows of each queue, and each queue's size from the index
// alone) paints at once; the whole queues are read when something needs them (readAll: scrolling
// or moving the keyboard past the first screen, Beta's tabs, a tag filter). Classic's counts are
// the queue sizes, so an agent who works the top of the queue never reads the rest.
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { INBOX_HORIZON } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import { NEW_QUEUE } from '@/utils/db/queueKey';
import { mergeByActivity } from '@/utils/inbox/mergeByActivity';
import type { QueueSizes } from '@/utils/inbox/firstScreenCounts';
import { useDb } from './DbContext';

/** Rows of each queue read for the first paint: more than a tall panel shows. */
export const FIRST_SCREEN_ROWS = 40;

export interface InboxRead {
  /** Most recent first. While `complete` is false, only the newest rows of each queue. */
  conversations: Conversation[];
  complete: boolean;
  /** Each queue's size, from the index. */
  sizes: QueueSizes;
  /** Reads the queues whole (once; a no-op when complete). */
  readAll: () => void;
}

/** Undefined while loading. The minute keeps the query stable. */
export function useInboxConversations(now: number, meId: string | null): InboxRead | undefined {
  const db = useDb();
  const since = Math.floor((now - INBOX_HORIZON) / 60_000) * 60_000;
  const [whole, setWhole] = useState(false);
  const read = useLiveQuery(async () => {
    const range = (key: string) =>
      db.conversations.where('[queueKey+lastActivityAt]').between([key, since], [key, Dexie.maxKey], true, true);
    // A forward range is one getAll() (reversed here); a reverse one steps a cursor per row.
    const queue = async (key: string) =>
      whole ? (await range(key).toArray()).reverse() : range(key).reverse().limit(FIRST_SCREEN_ROWS).toArray();
    // New is a queue, longest waiting first: its first screen is its oldest rows (most recent first here too).
    const oldestOf = async (key: string) =>
      whole ? queue(key) : (await range(key).limit(FIRST_SCREEN_ROWS).toArray()).reverse();
    const [waiting, mine, waitingSize, mineSize] = await Promise.all([
      oldestOf(NEW_QUEUE),
      meId === null ? [] : queue(meId),
      range(NEW_QUEUE).count(),
      meId === null ? 0 : range(meId).count(),
    ]);
    const sizes = { new: waitingSize, mine: mineSize };
    const complete = whole || (waiting.length === waitingSize && mine.length === mineSize);
    return { conversations: mergeByActivity(waiting, mine), complete, sizes };
  }, [db, since, meId, whole]);
  const readAll = useCallback(() => setWhole(true), []);
  // While the whole queues load, the first screen stays on screen.
  return useMemo(() => (read ? { ...read, readAll } : undefined), [read, readAll]);
}

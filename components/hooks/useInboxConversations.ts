// The inbox's conversations, live (utils/inbox/readInbox): the first screen of New and of mine
// paints first; the queues' sizes are counted in a second query that starts once the rows are there,
// so counting never delays the first paint. The whole queues are read when something needs them
// (readAll: scrolling or moving the keyboard past the first screen, Beta's tabs, a tag filter).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { INBOX_HORIZON } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import type { QueueSizes } from '@/utils/inbox/firstScreenCounts';
import { readQueueSizes, readQueues } from '@/utils/inbox/readInbox';
import { useDb } from './DbContext';

export interface InboxRead {
  /** While `complete` is false, only the first screen of each queue. */
  conversations: Conversation[];
  complete: boolean;
  /** Each queue's size, from the index; undefined until counted (just after the first paint). */
  sizes: QueueSizes | undefined;
  /** Reads the queues whole (once; a no-op when complete). */
  readAll: () => void;
}

/** Undefined while loading. The minute keeps the query stable. */
export function useInboxConversations(now: number, meId: string | null): InboxRead | undefined {
  const db = useDb();
  const since = Math.floor((now - INBOX_HORIZON) / 60_000) * 60_000;
  const [whole, setWhole] = useState(false);
  const read = useLiveQuery(() => readQueues(db, since, meId, whole), [db, since, meId, whole]);
  const loaded = read !== undefined;
  const sizes = useLiveQuery(
    async () => (loaded ? readQueueSizes(db, since, meId) : undefined),
    [db, since, meId, loaded],
  );
  const readAll = useCallback(() => setWhole(true), []);
  // While the whole queues load, the first screen stays on screen.
  return useMemo(() => (read ? { ...read, sizes, readAll } : undefined), [read, sizes, readAll]);
}

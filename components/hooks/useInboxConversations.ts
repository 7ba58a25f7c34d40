// The inbox's conversations: the New queue and the viewer's own, each one index range over
// [queueKey+lastActivityAt] inside the 30-day horizon. Everyone else's conversations (an admin
// sees thousands) are never read; core's inboxOf still decides the tab of each one read.
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { INBOX_HORIZON } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import { NEW_QUEUE } from '@/utils/db/queueKey';
import { mergeByActivity } from '@/utils/inbox/mergeByActivity';
import { useDb } from './DbContext';

/** Most recent first; undefined while loading. The minute keeps the query stable. */
export function useInboxConversations(now: number, meId: string | null): Conversation[] | undefined {
  const db = useDb();
  const since = Math.floor((now - INBOX_HORIZON) / 60_000) * 60_000;
  return useLiveQuery(async () => {
    const queue = (key: string) =>
      db.conversations.where('[queueKey+lastActivityAt]').between([key, since], [key, Dexie.maxKey], true, true).reverse().toArray();
    const [waiting, mine] = await Promise.all([queue(NEW_QUEUE), meId === null ? [] : queue(meId)]);
    return mergeByActivity(waiting, mine);
  }, [db, since, meId]);
}

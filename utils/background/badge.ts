import { Dexie } from 'dexie';
import { INBOX_HORIZON } from '@/core/inbox';
import type { SidedeskDb } from '@/utils/db';
import { NEW_QUEUE } from '@/utils/db/queueKey';
import type { Browser } from './types';

const BADGE_COLOR = '#4f46e5';

/**
 * The toolbar badge: what waits for me — conversations in the New queue plus my conversations with
 * unread customer messages (both need the agent; a colleague's unread do not). Two ranges of the
 * [queueKey+lastActivityAt] index inside the inbox horizon: New is counted on the index alone, and
 * only my own queue is read (never the thousands an admin sees assigned to others).
 */
export async function refreshBadge(db: SidedeskDb, action: Browser['action'], now: number): Promise<number> {
  const me = await db.session.get('me');
  let count = 0;
  if (me) {
    const queue = (key: string) =>
      db.conversations.where('[queueKey+lastActivityAt]').between([key, now - INBOX_HORIZON], [key, Dexie.maxKey]);
    count =
      (await queue(NEW_QUEUE).count()) +
      (await queue(me.agent.id)
        .filter((c) => c.unreadCount > 0)
        .count());
  }
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  return count;
}

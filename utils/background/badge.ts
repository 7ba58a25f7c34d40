import { INBOX_HORIZON, inboxOf } from '@/core/inbox';
import type { SidedeskDb } from '@/utils/db';
import type { Browser } from './types';

const BADGE_COLOR = '#4f46e5';

/**
 * The toolbar badge: what waits for me — conversations in the New queue plus my conversations with
 * unread customer messages (both need the agent; a colleague's unread do not). One pass over the
 * conversations inside the inbox horizon, read through the lastActivityAt index.
 */
export async function refreshBadge(db: SidedeskDb, action: Browser['action'], now: number): Promise<number> {
  const me = await db.session.get('me');
  let count = 0;
  if (me) {
    await db.conversations.where('lastActivityAt').aboveOrEqual(now - INBOX_HORIZON).each((c) => {
      const inbox = inboxOf(c, me.agent, 'classic', now);
      if (inbox === 'new' || (inbox === 'active' && c.unreadCount > 0)) count += 1;
    });
  }
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  return count;
}

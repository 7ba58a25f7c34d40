import { inboxCounts } from '@/core/inbox';
import type { SidedeskDb } from '@/utils/db';
import type { Browser } from './types';

const BADGE_COLOR = '#4f46e5';

/** The toolbar badge: how many conversations wait in the Classic New queue. */
export async function refreshBadge(db: SidedeskDb, action: Browser['action'], now: number): Promise<number> {
  const me = await db.session.get('me');
  const count = me ? inboxCounts(await db.conversations.toArray(), me.agent, 'classic', now).new : 0;
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  return count;
}

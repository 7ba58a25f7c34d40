// The conversations the bot has, newest activity first: one index range (their own queue key)
// inside the 30-day horizon. Undefined while loading.
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { INBOX_HORIZON, isWithBot } from '@/core/inbox';
import { WITH_BOT_QUEUE } from '@/utils/db/queueKey';
import { useDb } from './DbContext';

export function useWithBotConversations(now: number) {
  const db = useDb();
  const since = Math.floor((now - INBOX_HORIZON) / 60_000) * 60_000;
  return useLiveQuery(
    async () =>
      (
        await db.conversations
          .where('[queueKey+lastActivityAt]')
          .between([WITH_BOT_QUEUE, since], [WITH_BOT_QUEUE, Dexie.maxKey], true, true)
          .toArray()
      )
        .filter(isWithBot)
        .reverse(),
    [db, since],
  );
}

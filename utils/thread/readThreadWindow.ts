// The open thread's newest messages: one range of the [conversationId+order] index read newest
// first with limit + 1 rows (the extra one says whether older ones exist), shown oldest first.
import { Dexie } from 'dexie';
import type { SidedeskDb, StoredMessage } from '@/utils/db';
import { windowOf, type MessageWindow } from './messageWindow';

export async function readThreadWindow(
  db: SidedeskDb,
  conversationId: string,
  limit: number,
): Promise<MessageWindow<StoredMessage>> {
  const newestFirst = await db.messages
    .where('[conversationId+order]')
    .between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey])
    .reverse()
    .limit(limit + 1)
    .toArray();
  return windowOf(newestFirst, limit);
}

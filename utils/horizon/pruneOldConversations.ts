// The background's periodic step that keeps the local copy to the 30-day horizon: conversations
// past it go, with their messages, notes, summaries and pending backfill, in ONE transaction.
import { Dexie } from 'dexie';
import { INBOX_HORIZON } from '@/core/inbox';
import type { SidedeskDb } from '@/utils/db';
import { selectPrunable } from './selectPrunable';

/** Returns the ids pruned. */
export async function pruneOldConversations(db: SidedeskDb, now: number): Promise<string[]> {
  return db.transaction(
    'rw',
    [db.conversations, db.messages, db.notes, db.summaries, db.outbox, db.pendingBackfill],
    async () => {
      // The index narrows to old ones; the pure rule decides.
      const old = await db.conversations
        .where('lastActivityAt')
        .below(now - INBOX_HORIZON)
        .toArray();
      if (old.length === 0) return [];
      const withOutbox = new Set((await db.outbox.toArray()).map((o) => o.conversationId));
      const ids = selectPrunable(old, withOutbox, now);
      for (const id of ids) {
        await db.messages.where('conversationId').equals(id).delete();
        await db.notes.where('[conversationId+createdAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
        await db.summaries.where('conversationId').equals(id).delete();
        await db.pendingBackfill.delete(id);
      }
      await db.conversations.bulkDelete(ids);
      return ids;
    },
  );
}

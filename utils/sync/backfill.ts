import type { Message } from '@/core/model';
import { isApiClientError, type ApiClient } from '@/utils/api';
import { putServerMessage, type SidedeskDb } from '@/utils/db';

/** Enough history for the thread; older pages can be fetched on demand later. */
export const BACKFILL_PAGE = 100;
export const BACKFILL_MAX_PAGES = 3;

/**
 * Fetches the history of conversations that newly appeared in our copy. The pending list lives in
 * Dexie (written with the batch that revealed them), so a worker restart resumes the work.
 */
export async function runBackfill(api: ApiClient, db: SidedeskDb, signal?: AbortSignal): Promise<void> {
  const pending = await db.pendingBackfill.toArray();
  for (const { conversationId } of pending) {
    if (signal?.aborted) return;
    let messages: Message[];
    try {
      messages = await fetchHistory(api, conversationId, signal);
    } catch (err) {
      // Gone or no longer ours: nothing to fetch. Anything else is retried on the next round.
      if (isApiClientError(err) && (err.status === 403 || err.status === 404)) {
        await db.pendingBackfill.delete(conversationId);
        continue;
      }
      throw err;
    }
    await db.transaction('rw', [db.conversations, db.messages, db.outbox, db.pendingBackfill], async () => {
      // Removed while we were fetching: do not resurrect its messages.
      if ((await db.conversations.get(conversationId)) !== undefined) {
        for (const m of messages) await putServerMessage(db, m, 'forward');
      }
      await db.pendingBackfill.delete(conversationId);
    });
  }
}

async function fetchHistory(api: ApiClient, conversationId: string, signal?: AbortSignal): Promise<Message[]> {
  const all: Message[] = [];
  let before: number | undefined;
  for (let page = 0; page < BACKFILL_MAX_PAGES; page++) {
    const res = await api.messages(conversationId, { before, limit: BACKFILL_PAGE }, signal);
    all.push(...res.messages);
    if (res.nextBefore === null) break;
    before = res.nextBefore;
  }
  return all;
}

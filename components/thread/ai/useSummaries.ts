import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Summary } from '@/core/model';
import { readSummaryMessageCount } from '@/utils/ai/readSummaryMessageCount';
import { useDb } from '../../hooks/DbContext';

export interface SummaryState {
  /** Newest first. */
  summaries: Summary[];
  /** Messages that count towards the 5-message rule, in the local copy, up to 5. */
  messageCount: number;
}

/** A conversation's summaries and its message count, live from the copy; undefined while loading. */
export function useSummaries(conversationId: string): SummaryState | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [summaries, messageCount] = await Promise.all([
      db.summaries
        .where('[conversationId+createdAt]')
        .between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey])
        .reverse()
        .toArray(),
      readSummaryMessageCount(db, conversationId),
    ]);
    return { summaries, messageCount };
  }, [db, conversationId]);
}

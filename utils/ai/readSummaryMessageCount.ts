// How many of a conversation's messages in the local copy count towards the 5-message rule, read
// only as far as the rule needs: the panel says how many are missing, and a long thread is not
// read whole on every change to it.
import { MIN_MESSAGES_FOR_SUMMARY } from '@/core/api/ai';
import type { SidedeskDb } from '@/utils/db/schema';
import { countsForSummary } from './summaryRule';

/** The count, up to MIN_MESSAGES_FOR_SUMMARY (any more changes nothing the panel shows). */
export function readSummaryMessageCount(db: SidedeskDb, conversationId: string): Promise<number> {
  return db.messages
    .where('conversationId')
    .equals(conversationId)
    .filter(countsForSummary)
    .limit(MIN_MESSAGES_FOR_SUMMARY)
    .count();
}

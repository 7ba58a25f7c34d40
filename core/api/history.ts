// A customer's conversations, read-only, for whoever answers them now: who handled each and how it
// closed. Visible to a viewer who may read them (see server/store/repos/readableBy.ts).
import { z } from 'zod';
import { Conversation } from '../model';
import { PageCursor } from './search';

export const HistoryQuery = z.object({
  cursor: PageCursor.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryEntry = z
  .object({
    conversation: Conversation,
    /** Agents who wrote in it, first writer first (the assignee may have written nothing). */
    agentIds: z.array(z.string()),
    messageCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HistoryPage = z.object({
  /** Newest first, the current conversation included (a client leaves it out). */
  entries: z.array(HistoryEntry),
  nextCursor: PageCursor.nullable(),
});
export type HistoryPage = z.infer<typeof HistoryPage>;

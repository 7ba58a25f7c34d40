// The change feed: one long-poll that returns every change after a cursor.
import { z } from 'zod';
import { Change } from '../model';

/** Long-polls are capped below MV3's ~30 s limit on a pending fetch in a service worker. */
export const MAX_SYNC_WAIT_SECONDS = 25;

export const SyncQuery = z.object({
  since: z.coerce.number().int().nonnegative().default(0),
  wait: z.coerce.number().min(0).max(MAX_SYNC_WAIT_SECONDS).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type SyncQuery = z.infer<typeof SyncQuery>;

export const SyncResponse = z.object({
  changes: z.array(Change),
  /** Pass as `since` next time; covers every change scanned, visible or not. */
  cursor: z.number().int().nonnegative(),
  /** More changes are waiting: ask again at once. */
  hasMore: z.boolean(),
});
export type SyncResponse = z.infer<typeof SyncResponse>;

import type { SyncResponse } from '@/core/api/sync';
import type { ApiClient } from '@/utils/api';
import { readSyncState, type SidedeskDb } from '@/utils/db';

export interface Pulled {
  /** The cursor the request started from: the apply step refuses the batch if it moved since. */
  since: number;
  response: SyncResponse;
}

/** The network half of a sync round, outside any transaction. */
export async function pullOnce(
  api: ApiClient,
  db: SidedeskDb,
  opts: { wait: number; limit: number; signal?: AbortSignal },
): Promise<Pulled> {
  const { cursor } = await readSyncState(db);
  const response = await api.sync({ since: cursor, wait: opts.wait, limit: opts.limit }, opts.signal);
  return { since: cursor, response };
}

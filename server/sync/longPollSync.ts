// GET /v1/sync with `wait`: answers at once when there is something for the viewer, otherwise
// waits until a change commits (or the wait ends, or the client goes away). Changes the viewer
// may not see move the cursor but do not end the wait, so agents are not woken by others' traffic.
import type { SyncResponse } from '../../core/api/sync';
import type { Principal } from '../../core/visibility';
import type { Store } from '../store/createStore';
import { readSync } from './readSync';

export interface LongPollOptions {
  since: number;
  limit: number;
  waitMs: number;
  signal?: AbortSignal;
}

export async function longPollSync(store: Store, viewer: Principal, options: LongPollOptions): Promise<SyncResponse> {
  const deadline = Date.now() + options.waitMs;
  let cursor = options.since;
  for (;;) {
    // Subscribed before reading: a commit landing between the read and the wait still wakes us.
    const signal = store.changeSignal();
    try {
      const page = await readSync(store.db, viewer, cursor, options.limit);
      if (page.changes.length > 0 || page.hasMore) return page;
      cursor = page.cursor;
      const remaining = deadline - Date.now();
      if (remaining <= 0 || options.signal?.aborted) return page;
      const outcome = await signal.wait(remaining, options.signal);
      if (outcome !== 'change') return { changes: [], cursor, hasMore: false };
    } finally {
      signal.dispose();
    }
  }
}

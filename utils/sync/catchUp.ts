import { patchSyncState } from '@/utils/db';
import { applyChanges } from './applyChanges';
import { runBackfill } from './backfill';
import { pullOnce } from './pullOnce';
import type { SyncDeps } from './types';

export const DEFAULT_PAGE_SIZE = 500;

/**
 * Pulls and applies until the server has nothing more (hasMore false). Only the first request
 * long-polls: when a page says hasMore, the next one is asked for at once. Throws on failure.
 */
export async function catchUp(
  deps: SyncDeps,
  opts: { wait: number; signal?: AbortSignal },
): Promise<{ changes: number } | 'signed_out'> {
  const api = await deps.getApi();
  if (!api) {
    await patchSyncState(deps.db, { status: 'signed_out' });
    return 'signed_out';
  }
  let wait = opts.wait;
  let changes = 0;
  for (;;) {
    const pulled = await pullOnce(api, deps.db, {
      wait,
      limit: deps.pageSize ?? DEFAULT_PAGE_SIZE,
      signal: opts.signal,
    });
    const applied = await applyChanges(deps.db, pulled, deps.now());
    if (applied.arrivals.length > 0) await Promise.resolve(deps.onArrivals?.(applied.arrivals)).catch(() => undefined);
    changes += pulled.response.changes.length;
    await runBackfill(api, deps.db, opts.signal);
    await deps.onApplied?.();
    if (!pulled.response.hasMore || opts.signal?.aborted) return { changes };
    wait = 0;
  }
}

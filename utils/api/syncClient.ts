// The change feed. A long-poll waits on purpose, so its deadline is the wait plus a margin.
import { SyncResponse } from '@/core/api/sync';
import type { Requester } from './request';

/** How long past the requested wait an answer may take before the call counts as timed out. */
export const SYNC_TIMEOUT_MARGIN_MS = 10_000;

export function createSyncClient(request: Requester) {
  return {
    sync: (q: { since: number; wait?: number; limit?: number }, signal?: AbortSignal) =>
      request.json(SyncResponse, '/v1/sync', {
        query: q,
        signal,
        timeoutMs: (q.wait ?? 0) * 1000 + SYNC_TIMEOUT_MARGIN_MS,
      }),
  };
}

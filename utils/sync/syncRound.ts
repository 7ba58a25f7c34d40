import { isApiClientError } from '@/utils/api';
import { patchSyncState, readSyncState } from '@/utils/db';
import { catchUp } from './catchUp';
import { classifyFailure } from './classifyFailure';
import type { SyncDeps } from './types';

export type RoundResult =
  { kind: 'ok'; changes: number } | { kind: 'signed_out' } | { kind: 'aborted' } | { kind: 'failed'; failures: number };

/** One catch-up with its failure recorded in the persisted status. Never throws. */
export async function syncRound(deps: SyncDeps, opts: { wait: number; signal?: AbortSignal }): Promise<RoundResult> {
  try {
    const outcome = await catchUp(deps, opts);
    return outcome === 'signed_out' ? { kind: 'signed_out' } : { kind: 'ok', changes: outcome.changes };
  } catch (err) {
    if (opts.signal?.aborted || (isApiClientError(err) && err.code === 'aborted')) return { kind: 'aborted' };
    const failures = (await readSyncState(deps.db)).failures + 1;
    const { status, lastError } = classifyFailure(err, failures, deps.isOnline());
    await patchSyncState(deps.db, { status, lastError, failures });
    if (status === 'signed_out') {
      await deps.onSignedOut();
      return { kind: 'signed_out' };
    }
    return { kind: 'failed', failures };
  }
}

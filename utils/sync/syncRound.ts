import { isApiClientError } from '@/utils/api';
import { patchSyncState, readSyncState } from '@/utils/db';
import { catchUp } from './catchUp';
import { classifyFailure } from './classifyFailure';
import type { SyncDeps } from './types';

export type RoundResult =
  { kind: 'ok'; changes: number } | { kind: 'signed_out' } | { kind: 'aborted' } | { kind: 'failed'; failures: number };

/**
 * One catch-up with its failure recorded in the persisted status. Never throws. The first success
 * after failures tells onReconnected (the outbox flushes at once instead of waiting out its backoff).
 */
export async function syncRound(deps: SyncDeps, opts: { wait: number; signal?: AbortSignal }): Promise<RoundResult> {
  try {
    const before = await readSyncState(deps.db);
    const outcome = await catchUp(deps, opts);
    if (outcome === 'signed_out') return { kind: 'signed_out' };
    if (before.failures > 0 || before.status !== 'live')
      await Promise.resolve(deps.onReconnected?.()).catch(() => undefined);
    return { kind: 'ok', changes: outcome.changes };
  } catch (err) {
    if (opts.signal?.aborted || (isApiClientError(err) && err.code === 'aborted')) return { kind: 'aborted' };
    const failures = (await readSyncState(deps.db)).failures + 1;
    const { status, lastError, lastErrorCode } = classifyFailure(err, failures, deps.isOnline());
    await patchSyncState(deps.db, { status, lastError, lastErrorCode, failures });
    if (status === 'signed_out') {
      await deps.onSignedOut();
      return { kind: 'signed_out' };
    }
    return { kind: 'failed', failures };
  }
}

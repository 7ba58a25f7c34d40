import { backoffDelay } from './backoff';
import { syncRound } from './syncRound';
import type { SyncDeps } from './types';

/** Long-poll seconds while a side panel is open: under MV3's ~30 s cut-off for a pending fetch. */
export const LONG_POLL_WAIT_SECONDS = 20;
/** A server that answers a long-poll at once with nothing must not turn this into a busy loop. */
const MIN_ROUND_MS = 500;

/**
 * The long-poll loop that runs while a side panel is connected. Stops when the signal aborts or
 * the session ends; failures back off with jitter. The round after a failure asks without waiting:
 * a long-poll would hold the answer (and 'live') for up to its whole wait when nothing changed.
 */
export async function runSyncLoop(deps: SyncDeps, opts: { signal: AbortSignal; wait?: number }): Promise<void> {
  const longPoll = opts.wait ?? LONG_POLL_WAIT_SECONDS;
  let failed = false;
  while (!opts.signal.aborted) {
    const started = deps.now();
    const result = await syncRound(deps, { wait: failed ? 0 : longPoll, signal: opts.signal });
    if (result.kind === 'signed_out' || result.kind === 'aborted') return;
    failed = result.kind === 'failed';
    if (result.kind === 'failed') {
      await deps.sleep(backoffDelay(result.failures, deps.random), opts.signal);
    } else if (result.changes === 0 && deps.now() - started < MIN_ROUND_MS) {
      await deps.sleep(MIN_ROUND_MS, opts.signal);
    }
  }
}

import { isApiClientError, isTransient } from '@/utils/api';
import type { SyncStatus } from '@/utils/db';

/** After this many network failures in a row the server counts as unreachable, not just flaky. */
export const OFFLINE_AFTER_FAILURES = 3;

export interface FailureOutcome {
  status: SyncStatus;
  lastError: string;
}

/** Maps a failed pull to the status the UI shows. `failures` counts this one. */
export function classifyFailure(err: unknown, failures: number, online: boolean): FailureOutcome {
  const message = err instanceof Error ? err.message : String(err);
  if (!isApiClientError(err)) return { status: 'error', lastError: message };
  if (err.status === 401) return { status: 'signed_out', lastError: err.message };
  if (err.code === 'offline') {
    return { status: !online || failures >= OFFLINE_AFTER_FAILURES ? 'offline' : 'reconnecting', lastError: message };
  }
  if (isTransient(err)) return { status: 'reconnecting', lastError: message };
  return { status: 'error', lastError: message };
}

import { isApiClientError, isTransient } from '@/utils/api';
import type { SyncStatus } from '@/utils/db';

/** After this many network failures in a row the server counts as unreachable, not just flaky. */
export const OFFLINE_AFTER_FAILURES = 3;

export interface FailureOutcome {
  status: SyncStatus;
  lastError: string;
  lastErrorCode: string | null;
}

/**
 * Maps a failed pull to the status the UI shows. 'offline' means the browser is: with the browser
 * online a server that does not answer is 'reconnecting' (the panel says the server can't be
 * reached once `failures` reaches OFFLINE_AFTER_FAILURES). `failures` counts this one.
 */
export function classifyFailure(err: unknown, failures: number, online: boolean): FailureOutcome {
  const message = err instanceof Error ? err.message : String(err);
  if (!isApiClientError(err)) return { status: 'error', lastError: message, lastErrorCode: null };
  const lastErrorCode = err.code;
  if (err.status === 401) return { status: 'signed_out', lastError: err.message, lastErrorCode };
  if (err.code === 'offline' || err.code === 'timeout') {
    return { status: online ? 'reconnecting' : 'offline', lastError: message, lastErrorCode };
  }
  if (isTransient(err)) return { status: 'reconnecting', lastError: message, lastErrorCode };
  return { status: 'error', lastError: message, lastErrorCode };
}

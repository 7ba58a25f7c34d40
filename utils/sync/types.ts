import type { ApiClient } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import type { Arrival } from '@/utils/notifications/arrivals';

/** Everything the sync engine touches from outside, injected so tests run it on fakes. */
export interface SyncDeps {
  db: SidedeskDb;
  /** A client for the signed-in session, or null when nobody is signed in. */
  getApi: () => Promise<ApiClient | null>;
  /** The server said the token is no longer valid: forget it. */
  onSignedOut: () => Promise<void>;
  /** After every applied batch (e.g. refresh the toolbar badge). */
  onApplied?: () => unknown;
  /** After a batch committed, what newly arrived in it (never repeated for a replayed batch). */
  onArrivals?: (arrivals: Arrival[]) => unknown;
  /** The first successful round after failures (or after start): the server answers again. */
  onReconnected?: () => unknown;
  now: () => number;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  isOnline: () => boolean;
  /** Changes per request. */
  pageSize?: number;
}

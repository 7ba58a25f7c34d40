// How long a failed job waits before its next attempt: doubling from `baseMs`, never above `maxMs`.
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 10 * 60_000 };

/** `attempt` is the attempt that just failed, from 1. */
export function backoffDelay(attempt: number, policy: BackoffPolicy): number {
  const exponent = Math.max(0, attempt - 1);
  // Capped before multiplying: 2 ** 1000 is Infinity.
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
}

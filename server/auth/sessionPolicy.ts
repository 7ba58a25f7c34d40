// How long a session (a bearer token) lives: it ends after a stretch without use, and in any case
// at a maximum age, so a token copied from a lost laptop stops working on its own.
export interface SessionPolicy {
  idleMs: number;
  maxAgeMs: number;
}

const DAY = 24 * 60 * 60_000;
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 7 * DAY, maxAgeMs: 30 * DAY };

/** last_used_at is written at most this often per session: not one write per request. */
export const TOUCH_EVERY_MS = 60_000;

export type Expiry = 'idle' | 'max_age';

export function sessionExpiry(
  session: { createdAt: number; lastUsedAt: number },
  policy: SessionPolicy,
  now: number,
): Expiry | null {
  if (now - session.createdAt >= policy.maxAgeMs) return 'max_age';
  // The idle time is measured from the last write: up to TOUCH_EVERY_MS of use may not be counted.
  if (now - session.lastUsedAt >= policy.idleMs) return 'idle';
  return null;
}

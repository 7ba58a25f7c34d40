// Slows password guessing, per account and per client address: a few free failures, then a wait
// that doubles with each failure, capped well under a minute. An attempt made during the wait is
// refused before any password is checked and does not count, so an attacker cannot stretch it:
// the real agent's right password works as soon as the wait is over (and clears the account's
// count). In memory: each server process keeps its own counts (see README, several servers).
export interface ThrottleRules {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A count with no failure for this long is forgotten. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;
/** One person mistyping: five tries, then 1 s, 2 s, 4 s ... up to 30 s. */
export const ACCOUNT_RULES: ThrottleRules = {
  freeFailures: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  forgetAfterMs: 15 * MINUTE,
};
/** An office shares one address: more free failures before it slows down. */
export const ADDRESS_RULES: ThrottleRules = {
  freeFailures: 20,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  forgetAfterMs: 15 * MINUTE,
};
/** Bounds memory under a spray of made-up emails or addresses: the oldest counts go first. */
const MAX_ENTRIES = 10_000;

interface Count {
  failures: number;
  lastFailureAt: number;
}

function createCounter(rules: ThrottleRules, now: () => number) {
  const counts = new Map<string, Count>();
  const current = (key: string): Count | null => {
    const count = counts.get(key);
    if (count && now() - count.lastFailureAt >= rules.forgetAfterMs) counts.delete(key);
    return counts.get(key) ?? null;
  };
  return {
    waitMs(key: string): number {
      const count = current(key);
      if (!count || count.failures < rules.freeFailures) return 0;
      const delay = Math.min(rules.maxDelayMs, rules.baseDelayMs * 2 ** (count.failures - rules.freeFailures));
      return Math.max(0, count.lastFailureAt + delay - now());
    },
    fail(key: string) {
      const failures = (current(key)?.failures ?? 0) + 1;
      // Re-inserted so the Map's order is the order of last failure.
      counts.delete(key);
      counts.set(key, { failures, lastFailureAt: now() });
      if (counts.size > MAX_ENTRIES) counts.delete(counts.keys().next().value!);
    },
    /** Takes back one failure: a provisional one that turned out to be the right password. */
    unfail(key: string) {
      const count = current(key);
      if (count && count.failures > 1) count.failures -= 1;
      else counts.delete(key);
    },
    clear(key: string) {
      counts.delete(key);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

export function createLoginThrottle(now: () => number, rules = { account: ACCOUNT_RULES, address: ADDRESS_RULES }) {
  const accounts = createCounter(rules.account, now);
  const addresses = createCounter(rules.address, now);
  return {
    /**
     * 0: check the password now; the attempt counts as a failure until `succeeded`, so guesses sent
     * in parallel cannot all slip through before the first one fails. Otherwise the milliseconds to
     * wait; a refused attempt is not counted.
     */
    attempt(account: string, address: string): number {
      const wait = Math.max(accounts.waitMs(account), addresses.waitMs(address));
      if (wait > 0) return wait;
      accounts.fail(account);
      addresses.fail(address);
      return 0;
    },
    /** The account starts afresh; the address only takes back this attempt (its count fades alone). */
    succeeded(account: string, address: string) {
      accounts.clear(account);
      addresses.unfail(address);
    },
  };
}

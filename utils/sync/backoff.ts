export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so a fleet of
 * side panels reconnecting after a server restart spreads out instead of arriving together.
 */
export function backoffDelay(
  failures: number,
  random: () => number,
  base = BACKOFF_BASE_MS,
  max = BACKOFF_MAX_MS,
): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

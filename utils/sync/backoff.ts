/** The first retry's ceiling: a blip costs half a second to a second. */
export const BACKOFF_FLOOR_MS = 500;
/** While an outage is short (a server restart, a Wi-Fi hop) retries stay this close together... */
export const SHORT_OUTAGE_CAP_MS = 1_500;
/** ...for this many failures in a row (about half a minute), then they spread out to the cap. */
export const SHORT_OUTAGE_FAILURES = 20;
export const BACKOFF_MAX_MS = 30_000;

/** The delay's upper bound after `failures` failures in a row. */
export function backoffCeiling(failures: number): number {
  const f = Math.max(1, failures);
  if (f <= SHORT_OUTAGE_FAILURES) return Math.min(SHORT_OUTAGE_CAP_MS, BACKOFF_FLOOR_MS * 2 ** (f - 1));
  return Math.min(BACKOFF_MAX_MS, SHORT_OUTAGE_CAP_MS * 2 ** (f - SHORT_OUTAGE_FAILURES));
}

/**
 * Backoff with "equal jitter": half the delay is fixed, half random, so a fleet of side panels
 * reconnecting after a server restart spreads out instead of arriving together. Short outages are
 * retried every second or so (coming back must be quick); long ones back off to half a minute.
 */
export function backoffDelay(failures: number, random: () => number): number {
  const ceiling = backoffCeiling(failures);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

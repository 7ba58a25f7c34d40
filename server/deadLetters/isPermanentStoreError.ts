// Whether storing a webhook's events failed for a reason a redelivery cannot fix. PostgreSQL says
// so in its SQLSTATE: data exceptions (class 22: bad text, out-of-range numbers), integrity
// violations (23, but a unique violation can be a race between two batches: retried) and program
// limits (54: an index row too large). Anything else — a lost connection, a deadlock, a full
// disk, an error without a code — may pass: the webhook answers 500 and Meta delivers it again.

const PERMANENT_CLASSES = new Set(['22', '23', '54']);
const TRANSIENT_CODES = new Set(['23505']);

export function isPermanentStoreError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return false;
  return PERMANENT_CLASSES.has(code.slice(0, 2)) && !TRANSIENT_CODES.has(code);
}

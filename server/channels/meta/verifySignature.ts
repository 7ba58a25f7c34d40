// X-Hub-Signature-256 check shared by WhatsApp, Messenger and Instagram webhooks.
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * True when `header` is `sha256=<hex HMAC-SHA256 of rawBody keyed by appSecret>`.
 * `rawBody` must be the bytes exactly as received: Meta signs its own serialisation (non-ASCII
 * escaped as \uXXXX), so re-serialised JSON would not match.
 */
export function verifySignature(rawBody: Uint8Array, header: string | undefined, appSecret: string): boolean {
  // An unset secret would make every forged body "valid" against an empty key: refuse instead.
  if (!appSecret || !header) return false;
  const match = HEADER.exec(header.trim());
  if (!match) return false;
  const received = Buffer.from(match[1], 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  // timingSafeEqual throws on different lengths; the regex already pins 32 bytes, but stay explicit.
  return received.length === expected.length && timingSafeEqual(received, expected);
}

/** The header value Meta would send for `rawBody` (used by the simulator and tests). */
export function signatureHeader(rawBody: Uint8Array | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

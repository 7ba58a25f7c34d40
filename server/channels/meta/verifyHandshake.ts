// The GET handshake Meta sends when a callback URL is saved in the App Dashboard.
import { createHash, timingSafeEqual } from 'node:crypto';

export type HandshakeQuery = Record<string, string | undefined>;

/** The `hub.challenge` to echo when mode is `subscribe` and the token matches; otherwise null. */
export function verifyHandshake(query: HandshakeQuery, verifyToken: string): string | null {
  const mode = query['hub.mode'];
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (mode !== 'subscribe' || !verifyToken || token === undefined || !challenge) return null;
  return constantTimeEquals(token, verifyToken) ? challenge : null;
}

// Hashing first gives equal-length inputs, so the comparison time does not reveal the token's length.
function constantTimeEquals(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

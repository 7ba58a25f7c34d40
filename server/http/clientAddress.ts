// The caller's address, for login throttling. From the socket, unless the server sits behind a
// reverse proxy it trusts (SIDEDESK_TRUST_PROXY): then the last X-Forwarded-For entry, the one that
// proxy added — earlier entries are whatever the client chose to send.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim());
    const last = forwarded?.filter(Boolean).at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (an in-process request): no socket to read.
    return 'unknown';
  }
}

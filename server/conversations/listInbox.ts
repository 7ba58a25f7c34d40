// One inbox for an API client, as the side panel shows it to the same agent: core's inboxOf decides
// membership and compareInInbox the order; the cursor is the last row's sort key.
import { INBOX_HORIZON, inboxOf, waitingSince, type InboxName, type Layout } from '../../core/inbox';
import type { Agent, Conversation } from '../../core/model';
import { ApiException } from '../errors';
import type { Queryable } from '../store/db';
import { readInboxQueue, type InboxKey } from '../store/repos/inboxConversations';

/** Rows read per round while filtering (expired and active share one queue). */
const ROUND = 200;

const encode = (key: InboxKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

function decode(cursor: string | undefined): InboxKey | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<InboxKey>;
    if (typeof key.at === 'number' && Number.isSafeInteger(key.at) && typeof key.id === 'string')
      return { at: key.at, id: key.id };
  } catch {
    // Falls through to the same 400 as a well-formed but foreign cursor.
  }
  throw new ApiException(400, 'invalid', 'query.cursor: not a cursor from this list (pass nextCursor unchanged)');
}

export async function listInbox(
  q: Queryable,
  agent: Agent,
  options: { inbox: InboxName; layout: Layout; cursor?: string; limit: number },
  now: number,
): Promise<{ conversations: Conversation[]; nextCursor: string | null }> {
  const keyOf = (c: Conversation): InboxKey => ({
    at: options.inbox === 'new' ? waitingSince(c) : c.lastActivityAt,
    id: c.id,
  });
  const queue = options.inbox === 'new' ? ('new' as const) : { assigneeId: agent.id };
  const found: Conversation[] = [];
  let after = decode(options.cursor);
  for (;;) {
    const rows = await readInboxQueue(q, { queue, since: now - INBOX_HORIZON, after, limit: ROUND });
    for (const c of rows) if (inboxOf(c, agent, options.layout, now) === options.inbox) found.push(c);
    if (found.length > options.limit || rows.length < ROUND) break;
    after = keyOf(rows[rows.length - 1]);
  }
  const page = found.slice(0, options.limit);
  const more = found.length > options.limit;
  return { conversations: page, nextCursor: more ? encode(keyOf(page[page.length - 1])) : null };
}

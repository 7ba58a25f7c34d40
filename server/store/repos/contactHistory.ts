// A customer's conversations the viewer may read (readableBy.ts), newest activity first, each with
// who wrote in it and how many messages it holds.
import type { HistoryEntry } from '../../../core/api/history';
import type { Principal } from '../../../core/visibility';
import type { Queryable } from '../db';
import { toConversation, type ConversationRow } from '../rows';
import { decodeCursor, encodeCursor } from './pageCursor';
import { readableBy } from './readableBy';

type HistoryRow = ConversationRow & { message_count: number | string; agent_ids: string | null };

export async function listContactHistory(
  q: Queryable,
  viewer: Principal,
  contactId: string,
  options: { cursor?: string; limit: number },
): Promise<{ entries: HistoryEntry[]; nextCursor: string | null }> {
  const params: unknown[] = [contactId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['cv.contact_id = $1'];
  if (viewer.role !== 'admin') where.push(readableBy(param(viewer.id)));
  if (options.cursor) {
    const after = decodeCursor(options.cursor);
    where.push(`(cv.last_activity_at, cv.id) < (${param(after.at)}::bigint, ${param(after.id)}::text)`);
  }
  const rows = await q.query<HistoryRow>(
    `SELECT cv.*, ch.kind AS channel, ct.name AS contact_name,
        (SELECT count(*) FROM messages m WHERE m.conversation_id = cv.id)::int AS message_count,
        (SELECT string_agg(w.agent_id, ',' ORDER BY w.first_n) FROM (
           SELECT m.agent_id, min(m.n) AS first_n FROM messages m
            WHERE m.conversation_id = cv.id AND m.agent_id IS NOT NULL GROUP BY m.agent_id) w) AS agent_ids
       FROM conversations cv
       JOIN channels ch ON ch.id = cv.channel_id
       JOIN contacts ct ON ct.id = cv.contact_id
      WHERE ${where.join(' AND ')}
      ORDER BY cv.last_activity_at DESC, cv.id DESC LIMIT ${param(options.limit + 1)}`,
    params,
  );
  const entries = rows.slice(0, options.limit).map((row) => ({
    conversation: toConversation(row),
    agentIds: row.agent_ids ? row.agent_ids.split(',') : [],
    messageCount: Number(row.message_count),
  }));
  const last = entries.at(-1)?.conversation;
  return { entries, nextCursor: rows.length > options.limit && last ? encodeCursor(last) : null };
}

// One queue's conversations inside the 30-day horizon, in core's inbox order (compareInInbox), read
// by keyset after a cursor. Which inbox each one is in is decided by the caller with core's inboxOf.
import type { Conversation } from '../../../core/model';
import type { Queryable } from '../db';
import { toConversation, type ConversationRow } from '../rows';
import { SELECT_CONVERSATION } from './conversations';

/** The sort key of the last row read: New's waiting-since, or the others' last activity. */
export interface InboxKey {
  at: number;
  id: string;
}

export async function readInboxQueue(
  q: Queryable,
  options: { queue: 'new' | { assigneeId: string }; since: number; after: InboxKey | null; limit: number },
): Promise<Conversation[]> {
  const params: unknown[] = [options.since, options.after?.at ?? null, options.after?.id ?? '', options.limit];
  const sql =
    options.queue === 'new'
      ? // The queue: whoever has waited longest first (core's waitingSince).
        `${SELECT_CONVERSATION}
         WHERE cv.status = 'open' AND cv.assignee_id IS NULL AND cv.last_activity_at >= $1
           AND ($2::bigint IS NULL OR (LEAST(cv.created_at, cv.last_activity_at), cv.id) > ($2::bigint, $3::text))
         ORDER BY LEAST(cv.created_at, cv.last_activity_at), cv.id LIMIT $4`
      : `${SELECT_CONVERSATION}
         WHERE cv.status = 'open' AND cv.assignee_id = $5 AND cv.last_activity_at >= $1
           AND ($2::bigint IS NULL OR cv.last_activity_at < $2::bigint OR (cv.last_activity_at = $2::bigint AND cv.id > $3::text))
         ORDER BY cv.last_activity_at DESC, cv.id LIMIT $4`;
  if (options.queue !== 'new') params.push(options.queue.assigneeId);
  return (await q.query<ConversationRow>(sql, params)).map(toConversation);
}

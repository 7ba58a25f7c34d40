// The conversation writes of closing and reassignment. Each is conditional on the conversation
// still being open, so a concurrent close or a closed conversation is never changed twice.
import type { Conversation } from '../../../core/model';
import type { Queryable } from '../db';
import { SELECT_CONVERSATION } from './conversations';
import { toConversation, type ConversationRow } from '../rows';

type CloseType = NonNullable<Conversation['closeType']>;

/** Returns false when the conversation was not open (already closed, or gone). */
export async function closeConversationRow(
  q: Queryable,
  id: string,
  type: CloseType,
  now: number,
  /** For the automatic close: only if nothing happened since the job looked. */
  onlyIfQuietSince?: number,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE conversations SET status = 'closed', close_type = $2, closed_at = $3
      WHERE id = $1 AND status = 'open' AND ($4::bigint IS NULL OR last_activity_at < $4::bigint)
      RETURNING id`,
    [id, type, now, onlyIfQuietSince ?? null],
  );
  return rows.length > 0;
}

/** Sets the assignee (null: back to the New queue); false when the conversation is not open. */
export async function setAssignee(q: Queryable, id: string, agentId: string | null): Promise<boolean> {
  const rows = await q.query(
    `UPDATE conversations SET assignee_id = $2 WHERE id = $1 AND status = 'open' RETURNING id`,
    [id, agentId],
  );
  return rows.length > 0;
}

/** Open conversations quiet since before `cutoff`, oldest first: the automatic close's candidates. */
export async function findQuietOpenConversations(
  q: Queryable,
  cutoff: number,
  limit: number,
  /** Keyset: the last row of the previous page. */
  after: { lastActivityAt: number; id: string } | null = null,
): Promise<Conversation[]> {
  const rows = await q.query<ConversationRow>(
    `${SELECT_CONVERSATION}
      WHERE cv.status = 'open' AND cv.last_activity_at < $1
        AND ($3::bigint IS NULL OR (cv.last_activity_at, cv.id) > ($3::bigint, $4::text))
      ORDER BY cv.last_activity_at, cv.id LIMIT $2`,
    [cutoff, limit, after?.lastActivityAt ?? null, after?.id ?? ''],
  );
  return rows.map(toConversation);
}

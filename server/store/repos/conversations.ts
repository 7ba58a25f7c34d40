// Conversations: reads joined with their channel kind and contact name, and the writes the
// ingest, accept and read flows need. Each write returns the new state.
import { randomUUID } from 'node:crypto';
import type { Conversation } from '../../../core/model';
import type { Queryable } from '../db';
import { toConversation, type ConversationRow } from '../rows';

export const SELECT_CONVERSATION = `SELECT cv.*, ch.kind AS channel, ct.name AS contact_name
  FROM conversations cv
  JOIN channels ch ON ch.id = cv.channel_id
  JOIN contacts ct ON ct.id = cv.contact_id`;

export async function findConversation(q: Queryable, id: string): Promise<Conversation | null> {
  const [row] = await q.query<ConversationRow>(`${SELECT_CONVERSATION} WHERE cv.id = $1`, [id]);
  return row ? toConversation(row) : null;
}

export async function findConversationsByIds(q: Queryable, ids: string[]): Promise<Conversation[]> {
  if (ids.length === 0) return [];
  return (await q.query<ConversationRow>(`${SELECT_CONVERSATION} WHERE cv.id = ANY($1::text[])`, [ids])).map(
    toConversation,
  );
}

export async function findConversationsByContacts(q: Queryable, contactIds: string[]): Promise<Conversation[]> {
  if (contactIds.length === 0) return [];
  const rows = await q.query<ConversationRow>(`${SELECT_CONVERSATION} WHERE cv.contact_id = ANY($1::text[])`, [
    contactIds,
  ]);
  return rows.map(toConversation);
}

/** The open conversation of the contact with this platform id on the channel, if any. */
export async function findOpenConversationIdByContact(
  q: Queryable,
  channelId: string,
  contactExternalId: string,
): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `SELECT cv.id FROM conversations cv JOIN contacts ct ON ct.id = cv.contact_id
      WHERE ct.channel_id = $1 AND ct.external_id = $2 AND cv.status = 'open'`,
    [channelId, contactExternalId],
  );
  return row?.id ?? null;
}

/** The contact's open conversation, opened (in the New queue, unassigned) when there is none. */
export async function openConversationFor(
  q: Queryable,
  contact: { id: string; channelId: string },
  now: number,
): Promise<{ id: string; created: boolean }> {
  // The partial unique index makes a concurrent opener wait, then find the winner's row.
  const inserted = await q.query<{ id: string }>(
    `INSERT INTO conversations (id, channel_id, contact_id, status, last_activity_at, created_at)
     VALUES ($1, $2, $3, 'open', $4, $4)
     ON CONFLICT (contact_id) WHERE status = 'open' DO NOTHING
     RETURNING id`,
    [randomUUID(), contact.channelId, contact.id, now],
  );
  if (inserted.length > 0) return { id: inserted[0].id, created: true };
  const [row] = await q.query<{ id: string }>(
    `SELECT id FROM conversations WHERE contact_id = $1 AND status = 'open'`,
    [contact.id],
  );
  return { id: row.id, created: false };
}

/** An agent wrote: the conversation's activity and preview follow. */
export async function recordOutbound(
  q: Queryable,
  conversationId: string,
  message: { at: number; preview: string },
): Promise<void> {
  await q.query(
    `UPDATE conversations SET
       last_message_preview = $3,
       last_activity_at = GREATEST(last_activity_at, $2)
     WHERE id = $1`,
    [conversationId, message.at, message.preview],
  );
}

/**
 * Assigns a New conversation to the agent; false when it is not New any more (someone won).
 * `takenAt`: an agent took it from New (not a campaign or the demo's seed), remembered for a while.
 */
export async function claimConversation(
  q: Queryable,
  id: string,
  agentId: string,
  takenAt: number | null = null,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE conversations SET assignee_id = $2, taken_at = COALESCE($3, taken_at)
     WHERE id = $1 AND assignee_id IS NULL AND status = 'open' RETURNING id`,
    [id, agentId, takenAt],
  );
  return rows.length > 0;
}

/** When an agent last took the conversation from New, or null. */
export async function findTakenAt(q: Queryable, id: string): Promise<number | null> {
  const [row] = await q.query<{ taken_at: string | number | null }>(
    'SELECT taken_at FROM conversations WHERE id = $1',
    [id],
  );
  return row?.taken_at == null ? null : Number(row.taken_at);
}

/** Returns whether anything changed (already read: no change to sync). */
export async function clearUnread(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE conversations SET unread_count = 0 WHERE id = $1 AND unread_count > 0 RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

// Quick replies an admin writes: synced to every agent (entity `quickReply`), and the ground of
// the smart suggestions.
import { randomUUID } from 'node:crypto';
import type { QuickReply } from '../../../core/model';
import type { ChangeSet } from '../createStore';
import type { Queryable } from '../db';

type QuickReplyRow = { id: string; title: string; text: string; tags: string[] };
const COLUMNS = 'id, title, text, tags';
const toQuickReply = (row: QuickReplyRow): QuickReply => ({
  id: row.id,
  title: row.title,
  text: row.text,
  tags: row.tags,
});

export interface QuickReplyInput {
  title: string;
  text: string;
  tags: string[];
}

/** By title, then id: a stable order for the options page and the ranking's ties. */
export async function listQuickReplies(q: Queryable): Promise<QuickReply[]> {
  return (await q.query<QuickReplyRow>(`SELECT ${COLUMNS} FROM quick_replies ORDER BY lower(title), id`)).map(
    toQuickReply,
  );
}

export async function findQuickRepliesByIds(q: Queryable, ids: string[]): Promise<QuickReply[]> {
  if (ids.length === 0) return [];
  return (await q.query<QuickReplyRow>(`SELECT ${COLUMNS} FROM quick_replies WHERE id = ANY($1::text[])`, [ids])).map(
    toQuickReply,
  );
}

export async function insertQuickReply(
  q: Queryable,
  changes: ChangeSet,
  input: QuickReplyInput,
  now: number,
): Promise<QuickReply> {
  const [row] = await q.query<QuickReplyRow>(
    `INSERT INTO quick_replies (id, title, text, tags, created_at, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5, $5)
     RETURNING ${COLUMNS}`,
    [randomUUID(), input.title, input.text, JSON.stringify(input.tags), now],
  );
  changes.add('quickReply', row.id, null);
  return toQuickReply(row);
}

/** Replaces it whole (PUT); null when there is no such quick reply. */
export async function replaceQuickReply(
  q: Queryable,
  changes: ChangeSet,
  id: string,
  input: QuickReplyInput,
  now: number,
): Promise<QuickReply | null> {
  const [row] = await q.query<QuickReplyRow>(
    `UPDATE quick_replies SET title = $2, text = $3, tags = $4::jsonb, updated_at = $5 WHERE id = $1
     RETURNING ${COLUMNS}`,
    [id, input.title, input.text, JSON.stringify(input.tags), now],
  );
  if (!row) return null;
  changes.add('quickReply', id, null);
  return toQuickReply(row);
}

/** Every copy drops it at its next sync (a removal); false when there was no such quick reply. */
export async function deleteQuickReply(q: Queryable, changes: ChangeSet, id: string): Promise<boolean> {
  const deleted = (await q.query('DELETE FROM quick_replies WHERE id = $1 RETURNING id', [id])).length > 0;
  if (deleted) changes.add('quickReply', id, null);
  return deleted;
}

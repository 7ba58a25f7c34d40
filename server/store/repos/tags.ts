// Tags an admin defines, and which customers carry them.
import { randomUUID } from 'node:crypto';
import type { Tag } from '../../../core/model';
import type { Queryable } from '../db';

type TagRow = { id: string; name: string; color: string };
const toTag = (row: TagRow): Tag => ({ id: row.id, name: row.name, color: row.color });

export async function listTags(q: Queryable): Promise<Tag[]> {
  return (await q.query<TagRow>('SELECT id, name, color FROM tags ORDER BY lower(name), id')).map(toTag);
}

export async function findTagsByIds(q: Queryable, ids: string[]): Promise<Tag[]> {
  if (ids.length === 0) return [];
  return (await q.query<TagRow>('SELECT id, name, color FROM tags WHERE id = ANY($1::text[])', [ids])).map(toTag);
}

/** Another tag (not `exceptId`) already named this, ignoring case. */
export async function tagNameTaken(q: Queryable, name: string, exceptId: string | null): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM tags WHERE lower(name) = lower($1) AND id <> $2', [name, exceptId ?? '']);
  return rows.length > 0;
}

export async function insertTag(q: Queryable, tag: { name: string; color: string }, now: number): Promise<Tag> {
  const [row] = await q.query<TagRow>(
    'INSERT INTO tags (id, name, color, created_at) VALUES ($1, $2, $3, $4) RETURNING id, name, color',
    [randomUUID(), tag.name, tag.color, now],
  );
  return toTag(row);
}

export async function updateTag(
  q: Queryable,
  id: string,
  patch: { name?: string; color?: string },
): Promise<Tag | null> {
  const [row] = await q.query<TagRow>(
    'UPDATE tags SET name = COALESCE($2, name), color = COALESCE($3, color) WHERE id = $1 RETURNING id, name, color',
    [id, patch.name ?? null, patch.color ?? null],
  );
  return row ? toTag(row) : null;
}

/** Deletes the tag and its links; returns the customers that carried it (they changed too), or null when there was no such tag. */
export async function deleteTag(q: Queryable, id: string): Promise<string[] | null> {
  const carriers = await q.query<{ contact_id: string }>('SELECT contact_id FROM contact_tags WHERE tag_id = $1', [id]);
  const deleted = await q.query('DELETE FROM tags WHERE id = $1 RETURNING id', [id]);
  return deleted.length > 0 ? carriers.map((r) => r.contact_id) : null;
}

/** Returns whether anything changed (already tagged: no change to sync). */
export async function addContactTag(q: Queryable, contactId: string, tagId: string, now: number): Promise<boolean> {
  const rows = await q.query(
    'INSERT INTO contact_tags (contact_id, tag_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING tag_id',
    [contactId, tagId, now],
  );
  return rows.length > 0;
}

export async function removeContactTag(q: Queryable, contactId: string, tagId: string): Promise<boolean> {
  const rows = await q.query('DELETE FROM contact_tags WHERE contact_id = $1 AND tag_id = $2 RETURNING tag_id', [
    contactId,
    tagId,
  ]);
  return rows.length > 0;
}

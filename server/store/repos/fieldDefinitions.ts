// Information fields an admin defines, and each customer's values of them.
import { randomUUID } from 'node:crypto';
import type { FieldDefinition } from '../../../core/model';
import type { FieldValue } from '../../../core/fieldValues';
import type { Queryable } from '../db';

type FieldRow = {
  id: string;
  key: string;
  label: string;
  type: FieldDefinition['type'];
  choices: string[] | string;
  position: number;
};

export const toField = (row: FieldRow): FieldDefinition => ({
  id: row.id,
  key: row.key,
  label: row.label,
  type: row.type,
  choices: typeof row.choices === 'string' ? JSON.parse(row.choices) : row.choices,
  position: Number(row.position),
});

const COLUMNS = 'id, key, label, type, choices, position';

/** Every field definition, in `listFields` order, as one JSON list (`toField` reads each back). */
export const FIELDS_AS_JSON = `(SELECT COALESCE(json_agg(f ORDER BY f.position, f.created_at, f.id), '[]')
  FROM (SELECT ${COLUMNS}, created_at FROM field_definitions) f)`;

export async function listFields(q: Queryable): Promise<FieldDefinition[]> {
  return (await q.query<FieldRow>(`SELECT ${COLUMNS} FROM field_definitions ORDER BY position, created_at, id`)).map(
    toField,
  );
}

export async function findFieldsByIds(q: Queryable, ids: string[]): Promise<FieldDefinition[]> {
  if (ids.length === 0) return [];
  return (await q.query<FieldRow>(`SELECT ${COLUMNS} FROM field_definitions WHERE id = ANY($1::text[])`, [ids])).map(
    toField,
  );
}

export async function fieldKeyTaken(q: Queryable, key: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM field_definitions WHERE key = $1', [key])).length > 0;
}

export async function insertField(
  q: Queryable,
  field: Omit<FieldDefinition, 'id' | 'position'> & { position?: number },
  now: number,
): Promise<FieldDefinition> {
  const [row] = await q.query<FieldRow>(
    `INSERT INTO field_definitions (id, key, label, type, choices, position, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, COALESCE($6, (SELECT COALESCE(MAX(position) + 1, 0) FROM field_definitions)), $7)
     RETURNING ${COLUMNS}`,
    [randomUUID(), field.key, field.label, field.type, JSON.stringify(field.choices), field.position ?? null, now],
  );
  return toField(row);
}

export async function updateField(
  q: Queryable,
  id: string,
  patch: { label?: string; choices?: string[]; position?: number },
): Promise<FieldDefinition | null> {
  const [row] = await q.query<FieldRow>(
    `UPDATE field_definitions SET
       label = COALESCE($2, label),
       choices = COALESCE($3::jsonb, choices),
       position = COALESCE($4, position)
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, patch.label ?? null, patch.choices ? JSON.stringify(patch.choices) : null, patch.position ?? null],
  );
  return row ? toField(row) : null;
}

/** Customers holding a value of the field (its deletion changes them too). */
export async function contactsWithFieldValue(q: Queryable, fieldId: string): Promise<string[]> {
  const rows = await q.query<{ contact_id: string }>(
    'SELECT contact_id FROM contact_field_values WHERE field_id = $1',
    [fieldId],
  );
  return rows.map((r) => r.contact_id);
}

export async function deleteField(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('DELETE FROM field_definitions WHERE id = $1 RETURNING id', [id])).length > 0;
}

/** Writes (or, for null, clears) the given values by field id; returns whether anything changed. */
export async function writeContactFieldValues(
  q: Queryable,
  contactId: string,
  values: { fieldId: string; value: FieldValue | null }[],
  now: number,
): Promise<boolean> {
  let changed = false;
  for (const { fieldId, value } of values) {
    const rows =
      value === null
        ? await q.query('DELETE FROM contact_field_values WHERE contact_id = $1 AND field_id = $2 RETURNING field_id', [
            contactId,
            fieldId,
          ])
        : await q.query(
            `INSERT INTO contact_field_values (contact_id, field_id, value, updated_at) VALUES ($1, $2, $3::jsonb, $4)
             ON CONFLICT (contact_id, field_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
             WHERE contact_field_values.value IS DISTINCT FROM excluded.value
             RETURNING field_id`,
            [contactId, fieldId, JSON.stringify(value), now],
          );
    if (rows.length > 0) changed = true;
  }
  return changed;
}

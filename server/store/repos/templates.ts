// Templates: the approved WhatsApp templates agents may send, synced to everyone as `template`.
import { randomUUID } from 'node:crypto';
import type { TemplateInput } from '../../../core/api/templates';
import type { Template } from '../../../core/model';
import { countTemplateParams } from '../../../core/templates';
import type { Queryable } from '../db';

type TemplateRow = {
  id: string;
  name: string;
  language: string;
  category: Template['category'];
  body: string;
  param_count: number;
};

const toTemplate = (row: TemplateRow): Template => ({
  id: row.id,
  name: row.name,
  language: row.language,
  category: row.category,
  body: row.body,
  paramCount: Number(row.param_count),
});

export async function listTemplates(q: Queryable): Promise<Template[]> {
  return (await q.query<TemplateRow>('SELECT * FROM templates ORDER BY name, language')).map(toTemplate);
}

export async function findTemplate(q: Queryable, id: string): Promise<Template | null> {
  const [row] = await q.query<TemplateRow>('SELECT * FROM templates WHERE id = $1', [id]);
  return row ? toTemplate(row) : null;
}

export async function findTemplatesByIds(q: Queryable, ids: string[]): Promise<Template[]> {
  if (ids.length === 0) return [];
  return (await q.query<TemplateRow>('SELECT * FROM templates WHERE id = ANY($1::text[])', [ids])).map(toTemplate);
}

/** Null when (name, language) is already declared. */
export async function insertTemplate(q: Queryable, input: TemplateInput, now: number): Promise<Template | null> {
  const [row] = await q.query<TemplateRow>(
    `INSERT INTO templates (id, name, language, category, body, param_count, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (name, language) DO NOTHING RETURNING *`,
    [randomUUID(), input.name, input.language, input.category, input.body, countTemplateParams(input.body), now],
  );
  return row ? toTemplate(row) : null;
}

/** Creates or refreshes by (name, language); `changed` is false when nothing differed. */
export async function upsertTemplate(
  q: Queryable,
  input: TemplateInput,
  now: number,
): Promise<{ template: Template; changed: boolean }> {
  const [before] = await q.query<TemplateRow>('SELECT * FROM templates WHERE name = $1 AND language = $2', [
    input.name,
    input.language,
  ]);
  if (before && before.category === input.category && before.body === input.body)
    return { template: toTemplate(before), changed: false };
  const [row] = await q.query<TemplateRow>(
    `INSERT INTO templates (id, name, language, category, body, param_count, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (name, language) DO UPDATE SET category = excluded.category, body = excluded.body,
       param_count = excluded.param_count, updated_at = excluded.updated_at
     RETURNING *`,
    [randomUUID(), input.name, input.language, input.category, input.body, countTemplateParams(input.body), now],
  );
  return { template: toTemplate(row), changed: true };
}

export async function updateTemplate(
  q: Queryable,
  id: string,
  input: TemplateInput,
  now: number,
): Promise<Template | null> {
  const [row] = await q.query<TemplateRow>(
    `UPDATE templates SET name = $2, language = $3, category = $4, body = $5, param_count = $6, updated_at = $7
     WHERE id = $1 RETURNING *`,
    [id, input.name, input.language, input.category, input.body, countTemplateParams(input.body), now],
  );
  return row ? toTemplate(row) : null;
}

export async function deleteTemplate(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('DELETE FROM templates WHERE id = $1 RETURNING id', [id])).length > 0;
}

export async function templateNameTaken(
  q: Queryable,
  name: string,
  language: string,
  exceptId: string | null,
): Promise<boolean> {
  const rows = await q.query("SELECT 1 FROM templates WHERE name = $1 AND language = $2 AND id <> COALESCE($3, '')", [
    name,
    language,
    exceptId,
  ]);
  return rows.length > 0;
}

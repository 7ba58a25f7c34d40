// The workspace's settings: one row, synced to every agent as the `settings` entity.
import type { Settings } from '../../../core/model';
import type { ChangeSet } from '../createStore';
import type { Queryable } from '../db';

type SettingsRow = { default_layout: Settings['defaultLayout']; auto_close_days: number };

const toSettings = (row: SettingsRow): Settings => ({
  id: 'workspace',
  defaultLayout: row.default_layout,
  autoCloseDays: Number(row.auto_close_days),
});

export async function getSettings(q: Queryable): Promise<Settings> {
  const [row] = await q.query<SettingsRow>(
    `SELECT default_layout, auto_close_days FROM settings WHERE id = 'workspace'`,
  );
  return toSettings(row);
}

/** For the sync registry: the settings record when asked for by id. */
export async function findSettingsByIds(q: Queryable, ids: string[]): Promise<Settings[]> {
  return ids.includes('workspace') ? [await getSettings(q)] : [];
}

export async function updateSettings(
  tx: Queryable,
  changes: ChangeSet,
  patch: Partial<Omit<Settings, 'id'>>,
  now: number,
): Promise<Settings> {
  const [row] = await tx.query<SettingsRow>(
    `UPDATE settings SET
       default_layout = COALESCE($1, default_layout),
       auto_close_days = COALESCE($2, auto_close_days),
       updated_at = $3
     WHERE id = 'workspace' RETURNING default_layout, auto_close_days`,
    [patch.defaultLayout ?? null, patch.autoCloseDays ?? null, now],
  );
  changes.add('settings', 'workspace', null);
  return toSettings(row);
}

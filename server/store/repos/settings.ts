// The workspace's settings: one row, synced to every agent as the `settings` entity.
import type { Settings } from '../../../core/model';
import type { ChangeSet } from '../createStore';
import type { Queryable } from '../db';

type SettingsRow = {
  default_layout: Settings['defaultLayout'];
  auto_close_days: number;
  summary_and_suggestions: boolean;
  transcribe_voice_notes: boolean;
  bot_answers_voice_notes: boolean;
  bot_prompt: string;
  workspace_language: Settings['workspaceLanguage'];
  page_context: boolean;
  default_country: string | null;
};

const COLUMNS = `default_layout, auto_close_days, summary_and_suggestions, transcribe_voice_notes,
  bot_answers_voice_notes, bot_prompt, workspace_language, page_context, default_country`;

/** The settings record as one JSON value, for a read that needs it beside other rows (`toSettings` reads it back). */
export const SETTINGS_AS_JSON = `(SELECT row_to_json(x) FROM (SELECT ${COLUMNS} FROM settings WHERE id = 'workspace') x)`;

export const toSettings = (row: SettingsRow): Settings => ({
  id: 'workspace',
  defaultLayout: row.default_layout,
  autoCloseDays: Number(row.auto_close_days),
  summaryAndSuggestions: row.summary_and_suggestions,
  transcribeVoiceNotes: row.transcribe_voice_notes,
  botAnswersVoiceNotes: row.bot_answers_voice_notes,
  botPrompt: row.bot_prompt,
  workspaceLanguage: row.workspace_language,
  pageContext: row.page_context,
  defaultCountry: row.default_country,
});

export async function getSettings(q: Queryable): Promise<Settings> {
  const [row] = await q.query<SettingsRow>(`SELECT ${COLUMNS} FROM settings WHERE id = 'workspace'`);
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
       summary_and_suggestions = COALESCE($3, summary_and_suggestions),
       transcribe_voice_notes = COALESCE($4, transcribe_voice_notes),
       bot_answers_voice_notes = COALESCE($5, bot_answers_voice_notes),
       bot_prompt = COALESCE($6, bot_prompt),
       workspace_language = COALESCE($7, workspace_language),
       updated_at = $8,
       page_context = COALESCE($9, page_context),
       default_country = CASE WHEN $10::boolean THEN $11 ELSE default_country END
     WHERE id = 'workspace' RETURNING ${COLUMNS}`,
    [
      patch.defaultLayout ?? null,
      patch.autoCloseDays ?? null,
      patch.summaryAndSuggestions ?? null,
      patch.transcribeVoiceNotes ?? null,
      patch.botAnswersVoiceNotes ?? null,
      patch.botPrompt ?? null,
      patch.workspaceLanguage ?? null,
      now,
      patch.pageContext ?? null,
      // null clears the country, so "not sent" needs its own flag.
      patch.defaultCountry !== undefined,
      patch.defaultCountry ?? null,
    ],
  );
  changes.add('settings', 'workspace', null);
  return toSettings(row);
}

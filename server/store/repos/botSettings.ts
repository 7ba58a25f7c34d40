// The bot's settings row and its saved flows (migration 012). Never saved: the bot is off with a
// one-step default flow, version 0.
import type { BotSettings, PutBotBody } from '../../../core/api/bot';
import { Flow } from '../../../core/bot/flow';
import type { FieldDefinition } from '../../../core/model';
import type { Queryable } from '../db';
import { FIELDS_AS_JSON, toField } from './fieldDefinitions';

export const DEFAULT_FLOW: Flow = {
  startStepId: 'handover',
  steps: [{ kind: 'handover', id: 'handover', text: null, to: { kind: 'queue' } }],
};

type Row = { enabled: boolean; version: number; handover_keywords: string[]; updated_at: number | string; flow: Flow };

export async function getBotSettings(q: Queryable): Promise<BotSettings> {
  const [row] = await q.query<Row>(
    `SELECT s.enabled, s.version, s.handover_keywords, s.updated_at, f.flow
       FROM bot_settings s JOIN bot_flows f ON f.version = s.version WHERE s.id = 'workspace'`,
  );
  if (!row) return { enabled: false, flow: DEFAULT_FLOW, version: 0, handoverKeywords: [], updatedAt: 0 };
  return {
    enabled: row.enabled,
    flow: Flow.parse(row.flow),
    version: Number(row.version),
    handoverKeywords: row.handover_keywords,
    updatedAt: Number(row.updated_at),
  };
}

/** Whether new conversations start with the bot, and on which flow version (one cheap read). */
export async function botStartVersion(q: Queryable): Promise<number | null> {
  const [row] = await q.query<{ version: number }>(
    `SELECT version FROM bot_settings WHERE id = 'workspace' AND enabled`,
  );
  return row ? Number(row.version) : null;
}

/** Saves a new flow version (always: the history is the admin's undo) and the switch. */
export async function saveBotSettings(
  q: Queryable,
  body: PutBotBody,
  savedBy: string | null,
  now: number,
): Promise<BotSettings> {
  const [{ version }] = await q.query<{ version: number }>(
    `INSERT INTO bot_flows (version, flow, saved_by, created_at)
     SELECT COALESCE(MAX(version), 0) + 1, $1::jsonb, $2, $3 FROM bot_flows RETURNING version`,
    [JSON.stringify(body.flow), savedBy, now],
  );
  await q.query(
    `INSERT INTO bot_settings (id, enabled, version, handover_keywords, updated_at) VALUES ('workspace', $1, $2, $3::jsonb, $4)
     ON CONFLICT (id) DO UPDATE SET enabled = $1, version = $2, handover_keywords = $3::jsonb, updated_at = $4`,
    [body.enabled, version, JSON.stringify(body.handoverKeywords), now],
  );
  return getBotSettings(q);
}

/** What a bot turn reads, in one statement: the conversation's flow, the extra keywords, the language, the fields. */
export async function loadBotRun(
  q: Queryable,
  version: number,
): Promise<{ flow: Flow | null; keywords: string[]; language: 'en' | 'es'; fields: FieldDefinition[] }> {
  const [row] = await q.query<{
    flow: Flow | null;
    keywords: string[] | null;
    language: 'en' | 'es';
    fields: Parameters<typeof toField>[0][];
  }>(
    `SELECT (SELECT flow FROM bot_flows WHERE version = $1) AS flow,
            (SELECT handover_keywords FROM bot_settings WHERE id = 'workspace') AS keywords,
            workspace_language AS language, ${FIELDS_AS_JSON} AS fields
       FROM settings WHERE id = 'workspace'`,
    [version],
  );
  const flow = version === 0 ? DEFAULT_FLOW : row.flow ? Flow.parse(row.flow) : null;
  return { flow, keywords: row.keywords ?? [], language: row.language, fields: row.fields.map(toField) };
}

export async function findFlowVersion(q: Queryable, version: number): Promise<Flow | null> {
  if (version === 0) return DEFAULT_FLOW;
  const [row] = await q.query<{ flow: Flow }>('SELECT flow FROM bot_flows WHERE version = $1', [version]);
  return row ? Flow.parse(row.flow) : null;
}

/** The current flow's Flow-form step with this Meta Flow id: its fields (the simulator shows them). */
export async function findFlowFormFields(q: Queryable, flowId: string) {
  const { flow } = await getBotSettings(q);
  const step = flow.steps.find((s) => s.kind === 'flowForm' && s.flowId === flowId);
  return step?.kind === 'flowForm' ? step.fields : null;
}

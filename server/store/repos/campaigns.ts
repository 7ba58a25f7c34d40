// Campaigns and their recipients. The campaign row is synced to admins as `campaign` (progress
// counts); recipients are read through GET /v1/campaigns/:id/recipients.
import { randomUUID } from 'node:crypto';
import type { CampaignRecipient } from '../../../core/api/campaigns';
import type { Campaign } from '../../../core/model';
import type { Queryable } from '../db';

type CampaignRow = {
  id: string;
  template_id: string;
  params: string[] | string;
  assignee_id: string;
  created_by: string;
  created_at: number | string;
  total: number;
  sent: number;
  failed: number;
  status: Campaign['status'];
};

export interface CampaignRecord extends Campaign {
  params: string[];
  assigneeId: string;
}

const toRecord = (row: CampaignRow): CampaignRecord => ({
  id: row.id,
  templateId: row.template_id,
  createdBy: row.created_by,
  createdAt: Number(row.created_at),
  total: Number(row.total),
  sent: Number(row.sent),
  failed: Number(row.failed),
  status: row.status,
  params: typeof row.params === 'string' ? (JSON.parse(row.params) as string[]) : row.params,
  assigneeId: row.assignee_id,
});

/** The wire shape: what admins receive through sync. */
export const toCampaign = ({ params: _p, assigneeId: _a, ...campaign }: CampaignRecord): Campaign => campaign;

export interface NewRecipient {
  input: string;
  phone: string | null;
  /** Set when the input is refused before any send. */
  error: string | null;
}

export async function insertCampaign(
  q: Queryable,
  input: { templateId: string; params: string[]; assigneeId: string; createdBy: string; recipients: NewRecipient[] },
  now: number,
): Promise<CampaignRecord> {
  const failed = input.recipients.filter((r) => r.error !== null).length;
  const status = failed === input.recipients.length ? 'done' : 'running';
  const [row] = await q.query<CampaignRow>(
    `INSERT INTO campaigns (id, template_id, params, assignee_id, created_by, created_at, total, failed, status)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [
      randomUUID(),
      input.templateId,
      JSON.stringify(input.params),
      input.assigneeId,
      input.createdBy,
      now,
      input.recipients.length,
      failed,
      status,
    ],
  );
  await q.query(
    `INSERT INTO campaign_recipients (campaign_id, position, input, phone, status, error)
     SELECT $1, r.position, r.input, r.phone, CASE WHEN r.error IS NULL THEN 'pending' ELSE 'failed' END, r.error
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS r(position, input, phone, error)`,
    [
      row.id,
      input.recipients.map((_, i) => i),
      input.recipients.map((r) => r.input),
      input.recipients.map((r) => r.phone),
      input.recipients.map((r) => r.error),
    ],
  );
  return toRecord(row);
}

export async function findCampaign(q: Queryable, id: string): Promise<CampaignRecord | null> {
  const [row] = await q.query<CampaignRow>('SELECT * FROM campaigns WHERE id = $1', [id]);
  return row ? toRecord(row) : null;
}

export async function listCampaigns(q: Queryable): Promise<Campaign[]> {
  const rows = await q.query<CampaignRow>('SELECT * FROM campaigns ORDER BY created_at DESC, id');
  return rows.map((r) => toCampaign(toRecord(r)));
}

export async function findCampaignsByIds(q: Queryable, ids: string[]): Promise<Campaign[]> {
  if (ids.length === 0) return [];
  return (await q.query<CampaignRow>('SELECT * FROM campaigns WHERE id = ANY($1::text[])', [ids])).map((r) =>
    toCampaign(toRecord(r)),
  );
}

type RecipientRow = {
  position: number;
  input: string;
  phone: string | null;
  status: CampaignRecipient['status'];
  error: string | null;
  conversation_id: string | null;
};

export async function listRecipients(
  q: Queryable,
  campaignId: string,
): Promise<(CampaignRecipient & { position: number })[]> {
  const rows = await q.query<RecipientRow>(
    'SELECT * FROM campaign_recipients WHERE campaign_id = $1 ORDER BY position',
    [campaignId],
  );
  return rows.map((r) => ({
    position: Number(r.position),
    input: r.input,
    phone: r.phone,
    status: r.status,
    error: r.error,
    conversationId: r.conversation_id,
  }));
}

/** Records one recipient's outcome and bumps the campaign's counts; `done` once none is pending. */
export async function recordRecipientOutcome(
  q: Queryable,
  campaignId: string,
  position: number,
  outcome: { status: 'sent' | 'failed'; error: string | null; conversationId: string | null },
): Promise<void> {
  const updated = await q.query(
    `UPDATE campaign_recipients SET status = $3, error = $4, conversation_id = COALESCE($5, conversation_id)
     WHERE campaign_id = $1 AND position = $2 AND status = 'pending' RETURNING position`,
    [campaignId, position, outcome.status, outcome.error, outcome.conversationId],
  );
  if (updated.length === 0) return;
  await q.query(
    `UPDATE campaigns SET
       sent = sent + CASE WHEN $2 = 'sent' THEN 1 ELSE 0 END,
       failed = failed + CASE WHEN $2 = 'failed' THEN 1 ELSE 0 END,
       status = CASE WHEN EXISTS (SELECT 1 FROM campaign_recipients WHERE campaign_id = $1 AND status = 'pending') THEN 'running' ELSE 'done' END
     WHERE id = $1`,
    [campaignId, outcome.status],
  );
}

export async function listRunningCampaignIds(q: Queryable): Promise<string[]> {
  return (await q.query<{ id: string }>(`SELECT id FROM campaigns WHERE status = 'running' ORDER BY created_at`)).map(
    (r) => r.id,
  );
}

// Conversation summaries: stored once, synced with their conversation (entity `summary`), never
// changed afterwards; a newer one is another row.
import { randomUUID } from 'node:crypto';
import type { Message, Summary } from '../../../core/model';
import type { ChangeSet } from '../createStore';
import type { Queryable } from '../db';
import { toMessage, type MessageRow } from '../rows';

export type NewSummary = Omit<Summary, 'id'>;

type SummaryRow = {
  id: string;
  conversation_id: string;
  trigger: Summary['trigger'];
  requested_by: string | null;
  bot_answers: Summary['botAnswers'];
  form_answers: Summary['formAnswers'];
  written: Summary['written'];
  engine: Summary['engine'];
  model: string | null;
  error: Summary['error'];
  message_count: number;
  created_at: number | string;
};

const toSummary = (row: SummaryRow): Summary => ({
  id: row.id,
  conversationId: row.conversation_id,
  trigger: row.trigger,
  requestedBy: row.requested_by,
  botAnswers: row.bot_answers,
  formAnswers: row.form_answers,
  written: row.written,
  engine: row.engine,
  model: row.model,
  error: row.error,
  messageCount: Number(row.message_count),
  createdAt: Number(row.created_at),
});

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

export async function insertSummary(q: Queryable, changes: ChangeSet, summary: NewSummary): Promise<Summary> {
  const [row] = await q.query<SummaryRow>(
    `INSERT INTO summaries (id, conversation_id, trigger, requested_by, bot_answers, form_answers, written, engine,
       model, error, message_count, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9, $10::jsonb, $11, $12) RETURNING *`,
    [
      randomUUID(),
      summary.conversationId,
      summary.trigger,
      summary.requestedBy,
      JSON.stringify(summary.botAnswers),
      JSON.stringify(summary.formAnswers),
      json(summary.written),
      summary.engine,
      summary.model,
      json(summary.error),
      summary.messageCount,
      summary.createdAt,
    ],
  );
  changes.add('summary', row.id, row.conversation_id);
  return toSummary(row);
}

/** Newest first. */
export async function listSummaries(q: Queryable, conversationId: string): Promise<Summary[]> {
  return (
    await q.query<SummaryRow>(`SELECT * FROM summaries WHERE conversation_id = $1 ORDER BY n DESC`, [conversationId])
  ).map(toSummary);
}

/** For the sync registry. */
export async function findSummariesByIds(q: Queryable, ids: string[]): Promise<Summary[]> {
  if (ids.length === 0) return [];
  return (await q.query<SummaryRow>(`SELECT * FROM summaries WHERE id = ANY($1::text[])`, [ids])).map(toSummary);
}

/** For a conversation changing hands: its summaries are announced again to the new viewer. */
export async function listSummaryIds(q: Queryable, conversationId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>('SELECT id FROM summaries WHERE conversation_id = $1', [conversationId]);
  return rows.map((r) => r.id);
}

/**
 * Messages that count towards a summary: the customer's, the agents' and the bot's, not system
 * entries (notes live in their own table). A conversation starts when it opens and never reopens
 * (a customer writing after a close opens a new one), so "since it last (re)started" is all of it.
 */
export async function countSummaryMessages(q: Queryable, conversationId: string): Promise<number> {
  const [row] = await q.query<{ count: number | string }>(
    `SELECT count(*) AS count FROM messages WHERE conversation_id = $1 AND author <> 'system'`,
    [conversationId],
  );
  return Number(row.count);
}

/** The messages `countSummaryMessages` counts, oldest first: what a summary or a suggestion reads. */
export async function listSummaryMessages(q: Queryable, conversationId: string): Promise<Message[]> {
  return (
    await q.query<MessageRow>(`SELECT * FROM messages WHERE conversation_id = $1 AND author <> 'system' ORDER BY n`, [
      conversationId,
    ])
  ).map(toMessage);
}

// Per-conversation bot state (migration 012): locked by the bot's turn, so two turns of one
// conversation run one after the other, each customer message once.
import type { FieldValue } from '../../../core/fieldValues';
import type { BotState } from '../../../core/bot/botState';
import type { Queryable } from '../db';
import { toMessage, type MessageRow } from '../rows';
import type { Message } from '../../../core/model';

export interface StoredBotState extends BotState {
  conversationId: string;
  flowVersion: number;
  asked: { question: string; answer: string }[];
  restartAt: string | null;
  lastMessageN: number;
}

type Row = {
  conversation_id: string;
  flow_version: number;
  step_id: string | null;
  attempts: number;
  answers: Record<string, FieldValue>;
  asked: { question: string; answer: string }[];
  done: boolean;
  restart_at: string | null;
  last_message_n: number | string;
};

const toState = (row: Row): StoredBotState => ({
  conversationId: row.conversation_id,
  flowVersion: Number(row.flow_version),
  stepId: row.step_id,
  attempts: Number(row.attempts),
  answers: row.answers,
  asked: row.asked,
  done: row.done,
  restartAt: row.restart_at,
  lastMessageN: Number(row.last_message_n),
});

/** A fresh state (the flow not started) for each conversation; an existing one is reset. */
export async function startBotStates(
  q: Queryable,
  rows: { conversationId: string; flowVersion: number; restartAt?: string | null; afterN?: number }[],
  now: number,
): Promise<void> {
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO bot_states (conversation_id, flow_version, restart_at, last_message_n, updated_at)
     SELECT r."conversationId", r."flowVersion", r."restartAt", COALESCE(r."afterN", 0), $2
       FROM jsonb_to_recordset($1::jsonb) AS r("conversationId" text, "flowVersion" integer, "restartAt" text, "afterN" bigint)
     ON CONFLICT (conversation_id) DO UPDATE SET flow_version = EXCLUDED.flow_version, step_id = NULL, attempts = 0,
       answers = '{}', asked = '[]', done = false, restart_at = EXCLUDED.restart_at,
       last_message_n = GREATEST(bot_states.last_message_n, EXCLUDED.last_message_n), updated_at = $2`,
    [JSON.stringify(rows), now],
  );
}

export async function lockBotState(q: Queryable, conversationId: string): Promise<StoredBotState | null> {
  const [row] = await q.query<Row>('SELECT * FROM bot_states WHERE conversation_id = $1 FOR UPDATE', [conversationId]);
  return row ? toState(row) : null;
}

export async function findBotState(q: Queryable, conversationId: string): Promise<StoredBotState | null> {
  const [row] = await q.query<Row>('SELECT * FROM bot_states WHERE conversation_id = $1', [conversationId]);
  return row ? toState(row) : null;
}

export async function saveBotState(q: Queryable, state: StoredBotState, now: number): Promise<void> {
  await q.query(
    `UPDATE bot_states SET step_id = $2, attempts = $3, answers = $4::jsonb, asked = $5::jsonb, done = $6,
       restart_at = $7, last_message_n = $8, updated_at = $9 WHERE conversation_id = $1`,
    [
      state.conversationId,
      state.stepId,
      state.attempts,
      JSON.stringify(state.answers),
      JSON.stringify(state.asked),
      state.done,
      state.restartAt,
      state.lastMessageN,
      now,
    ],
  );
}

/** The customer's next message the bot has not acted on, oldest first. */
export async function nextCustomerMessage(
  q: Queryable,
  conversationId: string,
  afterN: number,
): Promise<(Message & { replyId: string | null; n: number }) | null> {
  const [row] = await q.query<MessageRow & { reply_id: string | null }>(
    `SELECT * FROM messages WHERE conversation_id = $1 AND author = 'customer' AND n > $2 ORDER BY n LIMIT 1`,
    [conversationId, afterN],
  );
  return row ? { ...toMessage(row), replyId: row.reply_id, n: Number(row.n) } : null;
}

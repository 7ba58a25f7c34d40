// Per-conversation bot state (migration 012): locked by the bot's turn, so two turns of one
// conversation run one after the other, each customer message once.
import type { FieldValue } from '../../../core/fieldValues';
import type { BotState } from '../../../core/bot/botState';
import type { Queryable } from '../db';
import type { Conversation, Message, Settings } from '../../../core/model';
import { toConversation, toMessage, type ConversationRow, type MessageRow } from '../rows';
import { SELECT_CONVERSATION } from './conversations';
import { SETTINGS_AS_JSON, toSettings } from './settings';

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

export async function findBotState(q: Queryable, conversationId: string): Promise<StoredBotState | null> {
  const [row] = await q.query<Row>('SELECT * FROM bot_states WHERE conversation_id = $1', [conversationId]);
  return row ? toState(row) : null;
}

export type NextCustomerMessage = Message & { replyId: string | null; n: number };

/** What the bot's turn must know before its transaction, in one read: see `peekBotTurn`. */
export interface BotTurnPeek {
  state: StoredBotState;
  conversation: Conversation;
  /** The first customer message the bot has not acted on; null: none. */
  message: NextCustomerMessage | null;
  settings: Settings;
}

/**
 * The bot state, the conversation, its next customer message and the workspace's settings in one
 * statement (each is a round trip otherwise, on the path a customer waits on). Unlocked before
 * the turn's transaction (the model is asked in between); with `lock` in it, where holding the
 * state row makes turns of one conversation run one after the other.
 */
export async function peekBotTurn(
  q: Queryable,
  conversationId: string,
  options: { lock?: boolean } = {},
): Promise<BotTurnPeek | null> {
  const [row] = await q.query<{
    state: Row;
    conversation: ConversationRow;
    message: (MessageRow & { reply_id: string | null }) | null;
    settings: Parameters<typeof toSettings>[0];
  }>(
    `SELECT row_to_json(s) AS state, row_to_json(cv) AS conversation,
       (SELECT row_to_json(m) FROM (SELECT * FROM messages WHERE conversation_id = s.conversation_id
          AND author = 'customer' AND n > s.last_message_n ORDER BY n LIMIT 1) m) AS message,
       ${SETTINGS_AS_JSON} AS settings
     FROM bot_states s JOIN LATERAL (${SELECT_CONVERSATION} WHERE cv.id = s.conversation_id) cv ON true
     WHERE s.conversation_id = $1${options.lock ? ' FOR UPDATE OF s' : ''}`,
    [conversationId],
  );
  if (!row) return null;
  return {
    state: toState(row.state),
    conversation: toConversation(row.conversation),
    message: row.message && toNextMessage(row.message),
    settings: toSettings(row.settings),
  };
}

const toNextMessage = (row: MessageRow & { reply_id: string | null }): NextCustomerMessage => ({
  ...toMessage(row),
  replyId: row.reply_id,
  n: Number(row.n),
});

/** Saves the state; resolves whether a customer message after its `lastMessageN` is waiting. */
export async function saveBotState(q: Queryable, state: StoredBotState, now: number): Promise<boolean> {
  const [row] = await q.query<{ more: boolean }>(
    `UPDATE bot_states SET step_id = $2, attempts = $3, answers = $4::jsonb, asked = $5::jsonb, done = $6,
       restart_at = $7, last_message_n = $8, updated_at = $9 WHERE conversation_id = $1
     RETURNING EXISTS (SELECT 1 FROM messages WHERE conversation_id = $1 AND author = 'customer' AND n > $8) AS more`,
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
  return row?.more ?? false;
}

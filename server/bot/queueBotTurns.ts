// Inside the webhook's transaction: a new conversation starts with the bot when it is on, and a
// customer message to a conversation the bot has queues the bot's turn, committed with the
// message (a crash after the commit still runs it). The turn itself runs on the job queue.
import type { Queryable } from '../store/db';
import { botStartVersion } from '../store/repos/botSettings';
import { takeBotRestart } from '../store/repos/automations';
import { startBotStates } from '../store/repos/botStates';
import { enqueueJob } from '../store/repos/jobs';

export const BOT_TURN = 'botTurn';
export const BOT_TURN_ATTEMPTS = 3;

/**
 * Newly opened conversations (contact id → conversation id) go to the bot (not New) while it is
 * enabled, from the flow's start or from the step an automation left for that customer.
 */
export async function startWithBot(q: Queryable, opened: Map<string, string>, now: number): Promise<void> {
  if (opened.size === 0) return;
  const version = await botStartVersion(q);
  if (version === null) return;
  const conversationIds = [...opened.values()];
  await q.query('UPDATE conversations SET with_bot = true WHERE id = ANY($1::text[])', [conversationIds]);
  const states = [];
  for (const [contactId, conversationId] of opened) {
    const restart = await takeBotRestart(q, contactId);
    states.push({ conversationId, flowVersion: version, restartAt: restart?.stepId ?? null });
  }
  await startBotStates(q, states, now);
}

/** One turn per conversation with the bot and batch, keyed by its newest message (a redelivery queues nothing). */
export async function queueBotTurns(q: Queryable, newest: Map<string, string>, now: number): Promise<void> {
  if (newest.size === 0) return;
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM conversations WHERE id = ANY($1::text[]) AND with_bot AND status = 'open'`,
    [[...newest.keys()]],
  );
  for (const { id } of rows) await queueBotTurn(q, id, `msg:${newest.get(id)}`, now);
}

/**
 * A turn for a conversation still with the bot, keyed by what it follows (a voice note's
 * transcript, or its download given up): the turn that waited on that note goes on.
 */
export async function queueBotTurnIfWithBot(
  q: Queryable,
  conversationId: string,
  key: string,
  now: number,
): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM conversations WHERE id = $1 AND with_bot', [conversationId]);
  if (rows.length > 0) await queueBotTurn(q, conversationId, key, now);
  return rows.length > 0;
}

export async function queueBotTurn(q: Queryable, conversationId: string, key: string, now: number): Promise<void> {
  await enqueueJob(
    q,
    { kind: BOT_TURN, key: `${conversationId}:${key}`, payload: { conversationId }, maxAttempts: BOT_TURN_ATTEMPTS },
    now,
  );
}

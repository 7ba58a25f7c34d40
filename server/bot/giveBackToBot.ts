// For automations (and an admin): the bot takes an open conversation again. Out of every inbox,
// the flow restarted on the customer's next message (at `atStepId`, or the start), a system entry
// saying so. Messages before now are not replayed. A closed conversation needs nothing: the
// customer's next message opens a new one, which starts with the bot while it is on.
import type { BotLanguage } from '../../core/bot/botWords';
import type { ChangeSet } from '../store/createStore';
import type { Queryable } from '../store/db';
import { insertSystemMessage } from '../store/repos/botMessages';
import { getBotSettings } from '../store/repos/botSettings';
import { startBotStates } from '../store/repos/botStates';

const BACK: Record<BotLanguage, string> = {
  en: 'The conversation went back to the bot.',
  es: 'La conversación volvió al bot.',
};

/** False when the conversation is not open (or the bot has it already). */
export async function giveBackToBot(
  q: Queryable,
  changes: ChangeSet,
  conversationId: string,
  options: { atStepId: string | null; language: BotLanguage; now: number },
): Promise<boolean> {
  const [row] = await q.query<{ channel_id: string; last_n: number | string | null }>(
    `UPDATE conversations SET with_bot = true, assignee_id = NULL WHERE id = $1 AND status = 'open' AND NOT with_bot
     RETURNING channel_id, (SELECT MAX(n) FROM messages WHERE conversation_id = $1) AS last_n`,
    [conversationId],
  );
  if (!row) return false;
  const { version } = await getBotSettings(q);
  await startBotStates(
    q,
    [{ conversationId, flowVersion: version, restartAt: options.atStepId, afterN: Number(row.last_n ?? 0) }],
    options.now,
  );
  const entry = await insertSystemMessage(q, {
    conversationId,
    channelId: row.channel_id,
    text: BACK[options.language],
    createdAt: options.now,
  });
  changes.add('message', entry.id, conversationId);
  changes.add('conversation', conversationId, conversationId, { visibility: true });
  return true;
}

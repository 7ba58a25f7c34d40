// The bot hands a conversation to people, inside the transaction that decided it: out of the
// bot's hands (into New, to a named agent, or round-robin among the available), a system entry
// saying why, the bot's state done. The `bot_handoff` summary is asked for after the commit.
import type { HandoverReason, HandoverTarget } from '../../core/bot/flow';
import type { BotLanguage } from '../../core/bot/botWords';
import type { Conversation } from '../../core/model';
import type { ChangeSet } from '../store/createStore';
import type { Queryable } from '../store/db';
import { insertSystemMessage, isActiveAgent, releaseFromBot, takeNextAvailableAgent } from '../store/repos/botMessages';

const WHY: Record<BotLanguage, Record<HandoverReason, string>> = {
  en: {
    flow_end: 'The bot handed over: the flow ended.',
    asked_for_person: 'The bot handed over: the customer asked for a person.',
    bot_failed: 'The bot handed over: it could not go on',
    agent_took_over: 'An agent took the conversation over from the bot.',
  },
  es: {
    flow_end: 'El bot pasó la conversación: terminó el flujo.',
    asked_for_person: 'El bot pasó la conversación: el cliente pidió una persona.',
    bot_failed: 'El bot pasó la conversación: no pudo continuar',
    agent_took_over: 'Un agente tomó la conversación del bot.',
  },
};

export interface Handover {
  to: HandoverTarget;
  reason: HandoverReason;
  /** For bot_failed: what went wrong, shown after the reason. */
  detail: string | null;
}

/** Returns the assignee (null: New), or undefined when the bot no longer had the conversation. */
export async function handOver(
  q: Queryable,
  changes: ChangeSet,
  conversation: Pick<Conversation, 'id' | 'channelId'>,
  handover: Handover,
  language: BotLanguage,
  now: number,
  takenBy: string | null = null,
): Promise<{ assigneeId: string | null } | undefined> {
  const assigneeId = takenBy ?? (await pickAssignee(q, handover.to, now));
  if (!(await releaseFromBot(q, conversation.id, assigneeId))) return undefined;
  await q.query('UPDATE bot_states SET done = true, updated_at = $2 WHERE conversation_id = $1', [
    conversation.id,
    now,
  ]);
  const why = WHY[language][handover.reason];
  const text = handover.reason === 'bot_failed' ? `${why}${handover.detail ? ` (${handover.detail})` : ''}.` : why;
  const entry = await insertSystemMessage(q, {
    conversationId: conversation.id,
    channelId: conversation.channelId,
    text,
    createdAt: now,
  });
  changes.add('message', entry.id, conversation.id);
  changes.add('conversation', conversation.id, conversation.id, { visibility: true });
  return { assigneeId };
}

async function pickAssignee(q: Queryable, to: HandoverTarget, now: number): Promise<string | null> {
  if (to.kind === 'agent') return (await isActiveAgent(q, to.agentId)) ? to.agentId : null;
  if (to.kind === 'roundRobin') return takeNextAvailableAgent(q, now);
  return null;
}

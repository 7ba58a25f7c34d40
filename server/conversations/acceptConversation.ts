// POST /conversations/:id/accept: takes a New conversation (or one still with the bot, which is its
// handover). Atomic — of two agents racing, the conditional update lets exactly one win; the other
// learns who, if the take was a moment ago (everyone saw it in New). Otherwise a conversation the
// agent may not see is a 404, as for every other action.
import type { Agent, Conversation } from '../../core/model';
import { canSee } from '../../core/visibility';
import { handOver } from '../bot/handOver';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import { findAgentsByIds } from '../store/repos/agents';
import { claimConversation, findConversation, findTakenAt } from '../store/repos/conversations';
import { getSettings } from '../store/repos/settings';

/** How long a lost race stays a 409 naming the winner: a few sync rounds of a panel showing New. */
export const TAKE_RACE_MS = 10 * 60_000;

/**
 * Taking a conversation still with the bot is its handover (`agent_took_over`): `fromBot` says so,
 * for the summary the caller asks for after the commit.
 */
export async function acceptConversation(
  store: Store,
  agent: Agent,
  conversationId: string,
  now: number,
): Promise<Conversation & { fromBot?: boolean }> {
  const { claimed, conversation, takenAt, fromBot } = await store.write(async (tx, changes) => {
    const before = await findConversation(tx, conversationId);
    const won = await claimConversation(tx, conversationId, agent.id, now);
    if (won) changes.add('conversation', conversationId, conversationId, { visibility: true });
    let fromBot = false;
    if (won && before?.withBot) {
      const language = (await getSettings(tx)).workspaceLanguage;
      const took = {
        to: { kind: 'agent' as const, agentId: agent.id },
        reason: 'agent_took_over' as const,
        detail: null,
      };
      fromBot = (await handOver(tx, changes, before, took, language, now, agent.id)) !== undefined;
    }
    return {
      claimed: won,
      conversation: await findConversation(tx, conversationId),
      takenAt: won ? now : await findTakenAt(tx, conversationId),
      fromBot,
    };
  });
  if (!conversation) throw notFound('Conversation');
  if (fromBot) return Object.assign(conversation, { fromBot });
  if (claimed || conversation.assigneeId === agent.id) return conversation;
  const lostRace = conversation.status === 'open' && takenAt !== null && now - takenAt < TAKE_RACE_MS;
  if (!lostRace && !canSee(conversation, agent)) throw notFound('Conversation');
  if (conversation.status !== 'open') throw new ApiException(409, 'conflict', 'This conversation is closed.');
  // Someone else has it. The agent may no longer see it, but the panel must say why it went.
  const [owner] = await findAgentsByIds(store.db, [conversation.assigneeId!]);
  throw new ApiException(409, 'conflict', `This conversation was already taken by ${owner?.name ?? 'another agent'}.`);
}

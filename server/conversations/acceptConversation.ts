// POST /conversations/:id/accept: takes a New conversation. Atomic — of two agents racing, the
// conditional update lets exactly one win; the other learns who, if the take was a moment ago
// (everyone saw it in New). Otherwise a conversation the agent may not see is a 404, as for every
// other action.
import type { Agent, Conversation } from '../../core/model';
import { canSee } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import { findAgentsByIds } from '../store/repos/agents';
import { claimConversation, findConversation, findTakenAt } from '../store/repos/conversations';

/** How long a lost race stays a 409 naming the winner: a few sync rounds of a panel showing New. */
export const TAKE_RACE_MS = 10 * 60_000;

export async function acceptConversation(
  store: Store,
  agent: Agent,
  conversationId: string,
  now: number,
): Promise<Conversation> {
  const { claimed, conversation, takenAt } = await store.write(async (tx, changes) => {
    const won = await claimConversation(tx, conversationId, agent.id, now);
    if (won) changes.add('conversation', conversationId, conversationId, { visibility: true });
    return {
      claimed: won,
      conversation: await findConversation(tx, conversationId),
      takenAt: won ? now : await findTakenAt(tx, conversationId),
    };
  });
  if (!conversation) throw notFound('Conversation');
  if (claimed || conversation.assigneeId === agent.id) return conversation;
  const lostRace = conversation.status === 'open' && takenAt !== null && now - takenAt < TAKE_RACE_MS;
  if (!lostRace && !canSee(conversation, agent)) throw notFound('Conversation');
  if (conversation.status !== 'open') throw new ApiException(409, 'conflict', 'This conversation is closed.');
  // Someone else has it. The agent may no longer see it, but the panel must say why it went.
  const [owner] = await findAgentsByIds(store.db, [conversation.assigneeId!]);
  throw new ApiException(409, 'conflict', `This conversation was already taken by ${owner?.name ?? 'another agent'}.`);
}

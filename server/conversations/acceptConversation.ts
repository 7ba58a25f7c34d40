// POST /conversations/:id/accept: takes a New conversation. Atomic — of two agents racing, the
// conditional update lets exactly one win; the other learns who.
import type { Agent, Conversation } from '../../core/model';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import { findAgentsByIds } from '../store/repos/agents';
import { claimConversation, findConversation } from '../store/repos/conversations';

export async function acceptConversation(store: Store, agent: Agent, conversationId: string): Promise<Conversation> {
  const { claimed, conversation } = await store.write(async (tx, changes) => {
    const won = await claimConversation(tx, conversationId, agent.id);
    if (won) changes.add('conversation', conversationId, conversationId, { visibility: true });
    return { claimed: won, conversation: await findConversation(tx, conversationId) };
  });
  if (!conversation) throw notFound('Conversation');
  if (claimed || conversation.assigneeId === agent.id) return conversation;
  if (conversation.status !== 'open') throw new ApiException(409, 'conflict', 'This conversation is closed.');
  // Someone else has it. The agent may no longer see it, but the panel must say why it went.
  const [owner] = await findAgentsByIds(store.db, [conversation.assigneeId!]);
  throw new ApiException(409, 'conflict', `This conversation was already taken by ${owner?.name ?? 'another agent'}.`);
}

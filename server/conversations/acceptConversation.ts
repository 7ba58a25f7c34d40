// POST /conversations/:id/accept: takes a New conversation. Atomic — of two agents racing, the
// conditional update lets exactly one win; the other learns who.
import type { Agent, Conversation } from '../../core/model';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import { findAgentsByIds } from '../store/repos/agents';
import { claimConversation, findConversation } from '../store/repos/conversations';
import { getSettings } from '../store/repos/settings';
import { handOver } from '../bot/handOver';

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
  const { claimed, conversation, fromBot } = await store.write(async (tx, changes) => {
    const before = await findConversation(tx, conversationId);
    const won = await claimConversation(tx, conversationId, agent.id);
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
    return { claimed: won, conversation: await findConversation(tx, conversationId), fromBot };
  });
  if (conversation && fromBot) return Object.assign(conversation, { fromBot });
  if (!conversation) throw notFound('Conversation');
  if (claimed || conversation.assigneeId === agent.id) return conversation;
  if (conversation.status !== 'open') throw new ApiException(409, 'conflict', 'This conversation is closed.');
  // Someone else has it. The agent may no longer see it, but the panel must say why it went.
  const [owner] = await findAgentsByIds(store.db, [conversation.assigneeId!]);
  throw new ApiException(409, 'conflict', `This conversation was already taken by ${owner?.name ?? 'another agent'}.`);
}

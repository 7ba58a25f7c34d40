// Who may act on a conversation after it is taken: the assignee, or an admin. Checked inside the
// write transaction so the answer holds for the write that follows.
import type { Agent, Conversation } from '../../core/model';
import { canSee } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import type { Queryable } from '../store/db';
import { findConversation } from '../store/repos/conversations';

/** The conversation, if the agent may see it (404 otherwise: its existence is not theirs to know). */
export async function loadVisible(q: Queryable, agent: Agent, id: string): Promise<Conversation> {
  const conversation = await findConversation(q, id);
  if (!conversation || !canSee(conversation, agent)) throw notFound('Conversation');
  return conversation;
}

/** The open conversation, if the agent is its assignee or an admin. */
export async function loadOwnedOpen(q: Queryable, agent: Agent, id: string, verb: string): Promise<Conversation> {
  const conversation = await findConversation(q, id);
  if (!conversation) throw notFound('Conversation');
  if (agent.role !== 'admin' && conversation.assigneeId !== agent.id) {
    throw new ApiException(403, 'forbidden', `Only the agent handling this conversation or an admin can ${verb} it.`);
  }
  if (conversation.status !== 'open') throw new ApiException(409, 'conflict', 'This conversation is closed.');
  return conversation;
}

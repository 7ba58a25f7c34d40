// POST /conversations/:id/read: the agent has seen the thread; the unread badge goes everywhere.
import type { Agent, Conversation } from '../../core/model';
import { canSee } from '../../core/visibility';
import { notFound } from '../errors';
import type { Store } from '../store/createStore';
import { clearUnread, findConversation } from '../store/repos/conversations';

export async function markConversationRead(store: Store, agent: Agent, conversationId: string): Promise<Conversation> {
  const conversation = await findConversation(store.db, conversationId);
  if (!conversation || !canSee(conversation, agent)) throw notFound('Conversation');
  return store.write(async (tx, changes) => {
    if (await clearUnread(tx, conversationId)) changes.add('conversation', conversationId, conversationId);
    return (await findConversation(tx, conversationId))!;
  });
}

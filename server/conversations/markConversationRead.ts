// POST /conversations/:id/read: the agent has seen the thread; the unread badge goes everywhere.
import type { Agent, Conversation } from '../../core/model';
import type { Store } from '../store/createStore';
import { clearUnread, findConversation } from '../store/repos/conversations';
import { loadVisible } from './loadForAction';

export async function markConversationRead(store: Store, agent: Agent, conversationId: string): Promise<Conversation> {
  return store.write(async (tx, changes) => {
    await loadVisible(tx, agent, conversationId);
    if (await clearUnread(tx, conversationId)) changes.add('conversation', conversationId, conversationId);
    return (await findConversation(tx, conversationId))!;
  });
}

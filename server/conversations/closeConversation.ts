// POST /conversations/:id/close: the assignee (or an admin) closes it as positive or negative.
// Closing changes who may see it (a closed conversation leaves the New queue's audience), so the
// change is marked for visibility like a take. The customer writing again opens a new one. The
// automations that follow this kind of closing are scheduled in the same transaction.
import type { Agent, Conversation } from '../../core/model';
import { ApiException } from '../errors';
import type { Store } from '../store/createStore';
import { scheduleAutomations } from '../automations/scheduleAutomations';
import { closeConversationRow } from '../store/repos/conversationLifecycle';
import { findConversation } from '../store/repos/conversations';
import { loadForAction } from './loadForAction';

type CloseType = NonNullable<Conversation['closeType']>;

export async function closeConversation(
  store: Store,
  agent: Agent,
  id: string,
  type: CloseType,
  now: number,
): Promise<Conversation> {
  return store.write(async (tx, changes) => {
    await loadForAction(tx, agent, id, 'close');
    if (!(await closeConversationRow(tx, id, type, now)))
      throw new ApiException(409, 'conflict', 'This conversation is closed.');
    changes.add('conversation', id, id, { visibility: true });
    const closed = (await findConversation(tx, id))!;
    // With the close, so no crash between the two can lose the admin's "give it back to the bot".
    await scheduleAutomations(tx, closed);
    return closed;
  });
}

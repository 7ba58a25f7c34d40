// PATCH /agents/:id: rename, change the role, deactivate or reactivate.
//
// Deactivating signs the agent out at once (their tokens are deleted) and returns their open
// conversations to the New queue, where any colleague can take them; closed conversations keep
// their assignee as history. A role change also signs the agent out: their copy was built for the
// old role (an admin's holds every conversation), and signing in again rebuilds it for the new one.
// The workspace always keeps one active admin: removing the last one is a 409.
import type { UpdateAgentRequest, UpdateAgentResponse } from '../../core/api/agents';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import {
  findAgentRow,
  listNoteIds,
  lockActiveAdminIds,
  releaseOpenConversations,
  updateAgentRow,
} from '../store/repos/agentAdmin';
import { deleteAgentSessions } from '../store/repos/authTokens';

export async function updateAgent(
  store: Store,
  callerId: string,
  id: string,
  patch: UpdateAgentRequest,
): Promise<UpdateAgentResponse> {
  return store.write(async (tx, changes) => {
    const adminIds = await lockActiveAdminIds(tx);
    const row = await findAgentRow(tx, id);
    if (!row) throw notFound('Agent');

    const deactivating = patch.active === false && row.active;
    const roleChanging = patch.role !== undefined && patch.role !== row.role;
    const losesAdmin = adminIds.includes(id) && (deactivating || patch.role === 'agent');
    if (losesAdmin && adminIds.length <= 1) {
      const who = id === callerId ? 'You are' : `${row.name} is`;
      throw new ApiException(409, 'conflict', `${who} the last active admin: make another agent an admin first.`);
    }

    const agent = await updateAgentRow(tx, id, patch);
    changes.add('agent', id, null);
    if (deactivating || roleChanging) await deleteAgentSessions(tx, id);

    let returnedToNew = 0;
    if (deactivating) {
      const released = await releaseOpenConversations(tx, id);
      for (const conversationId of released)
        changes.add('conversation', conversationId, conversationId, { visibility: true });
      for (const note of await listNoteIds(tx, released)) changes.add('note', note.id, note.conversationId);
      returnedToNew = released.length;
    }
    return { agent, returnedToNew };
  });
}

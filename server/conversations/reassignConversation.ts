// Transfer (by the assignee or an admin: to another agent or back to New, with an optional note)
// and assign (admin: to any agent). The previous assignee loses the conversation within one sync
// (a visibility change); the new one receives it, and its notes and summaries are re-announced in
// the feed so they arrive too (their earlier change numbers may lie behind the new assignee's cursor).
import type { Agent, Conversation } from '../../core/model';
import { ApiException } from '../errors';
import type { ChangeSet, Store } from '../store/createStore';
import type { Tx } from '../store/db';
import { findAgentsByIds } from '../store/repos/agents';
import { setAssignee } from '../store/repos/conversationLifecycle';
import { findConversation } from '../store/repos/conversations';
import { insertNote, listNotes } from '../store/repos/notes';
import { listSummaryIds } from '../store/repos/summaries';
import { loadForAction } from './loadForAction';

async function requireActiveAgent(tx: Tx, agentId: string): Promise<Agent> {
  const [target] = await findAgentsByIds(tx, [agentId]);
  if (!target || !target.active) throw new ApiException(400, 'invalid', 'agentId: no active agent with this id.');
  return target;
}

async function reassign(tx: Tx, changes: ChangeSet, id: string, agentId: string | null): Promise<Conversation> {
  if (!(await setAssignee(tx, id, agentId))) throw new ApiException(409, 'conflict', 'This conversation is closed.');
  changes.add('conversation', id, id, { visibility: true });
  for (const note of await listNotes(tx, id)) changes.add('note', note.id, id);
  for (const summaryId of await listSummaryIds(tx, id)) changes.add('summary', summaryId, id);
  return (await findConversation(tx, id))!;
}

export async function transferConversation(
  store: Store,
  agent: Agent,
  id: string,
  request: { agentId: string | null; note?: string },
  now: number,
): Promise<Conversation> {
  return store.write(async (tx, changes) => {
    await loadForAction(tx, agent, id, 'transfer');
    if (request.agentId !== null) await requireActiveAgent(tx, request.agentId);
    if (request.note)
      await insertNote(tx, { conversationId: id, agentId: agent.id, text: request.note, createdAt: now });
    return reassign(tx, changes, id, request.agentId);
  });
}

export async function assignConversation(
  store: Store,
  agent: Agent,
  id: string,
  agentId: string,
): Promise<Conversation> {
  return store.write(async (tx, changes) => {
    await loadForAction(tx, agent, id, 'assign');
    await requireActiveAgent(tx, agentId);
    return reassign(tx, changes, id, agentId);
  });
}

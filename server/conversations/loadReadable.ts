// The conversation, if the agent may read it (server/store/repos/readableBy.ts): for read-only
// routes (messages, notes, history). 404 otherwise, like loadVisible.
import type { Agent, Conversation } from '../../core/model';
import { canSee } from '../../core/visibility';
import { notFound } from '../errors';
import type { Queryable } from '../store/db';
import { findConversation } from '../store/repos/conversations';
import { readableBy } from '../store/repos/readableBy';

export async function loadReadable(
  q: Queryable,
  agent: Agent,
  id: string,
  what = 'Conversation',
): Promise<Conversation> {
  const conversation = await findConversation(q, id);
  if (!conversation) throw notFound(what);
  if (canSee(conversation, agent)) return conversation;
  const rows = await q.query(`SELECT 1 FROM conversations cv WHERE cv.id = $2 AND ${readableBy('$1')}`, [agent.id, id]);
  if (rows.length === 0) throw notFound(what);
  return conversation;
}

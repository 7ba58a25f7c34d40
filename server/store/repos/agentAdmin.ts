// The writes of agent administration: changing an agent, revoking their sessions, and returning a
// deactivated agent's open conversations to the New queue.
import type { Agent } from '../../../core/model';
import type { Queryable } from '../db';
import { toAgent, type AgentRow } from '../rows';

export async function findAgentRow(q: Queryable, id: string): Promise<AgentRow | null> {
  const [row] = await q.query<AgentRow>('SELECT * FROM agents WHERE id = $1', [id]);
  return row ?? null;
}

/**
 * The active admins, locked until the transaction ends: two admins demoting each other at the same
 * moment are serialised, so the second sees the first's change and the last admin stays.
 */
export async function lockActiveAdminIds(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM agents WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
  );
  return rows.map((r) => r.id);
}

export async function updateAgentRow(
  q: Queryable,
  id: string,
  patch: { name?: string; role?: Agent['role']; active?: boolean },
): Promise<Agent> {
  const [row] = await q.query<AgentRow>(
    `UPDATE agents SET name = COALESCE($2, name), role = COALESCE($3, role), active = COALESCE($4, active)
     WHERE id = $1 RETURNING *`,
    [id, patch.name ?? null, patch.role ?? null, patch.active ?? null],
  );
  return toAgent(row);
}

/** Unassigns the agent's open conversations; returns their ids. Closed ones keep their history. */
export async function releaseOpenConversations(q: Queryable, agentId: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `UPDATE conversations SET assignee_id = NULL WHERE assignee_id = $1 AND status = 'open' RETURNING id`,
    [agentId],
  );
  return rows.map((r) => r.id);
}

/** Notes of these conversations: re-announced so the agents who now see them receive them too. */
export async function listNoteIds(
  q: Queryable,
  conversationIds: string[],
): Promise<{ id: string; conversationId: string }[]> {
  if (conversationIds.length === 0) return [];
  return q.query<{ id: string; conversationId: string }>(
    `SELECT id, conversation_id AS "conversationId" FROM notes WHERE conversation_id = ANY($1::text[])`,
    [conversationIds],
  );
}

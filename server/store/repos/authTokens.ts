// Bearer tokens, stored only as their sha256.
import type { Agent } from '../../../core/model';
import type { Queryable } from '../db';
import { toAgent, type AgentRow } from '../rows';

export async function insertAuthToken(q: Queryable, tokenHash: string, agentId: string, now: number): Promise<void> {
  await q.query('INSERT INTO auth_tokens (token_hash, agent_id, created_at) VALUES ($1, $2, $3)', [
    tokenHash,
    agentId,
    now,
  ]);
}

/** The active agent the token belongs to, or null (unknown, revoked, or agent deactivated). */
export async function findAgentByTokenHash(q: Queryable, tokenHash: string): Promise<Agent | null> {
  const [row] = await q.query<AgentRow>(
    `SELECT a.* FROM auth_tokens t JOIN agents a ON a.id = t.agent_id WHERE t.token_hash = $1 AND a.active`,
    [tokenHash],
  );
  return row ? toAgent(row) : null;
}

export async function deleteAuthToken(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('DELETE FROM auth_tokens WHERE token_hash = $1', [tokenHash]);
}

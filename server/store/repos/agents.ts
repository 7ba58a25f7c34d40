// Agents: who signs in, with which role.
import { randomUUID } from 'node:crypto';
import type { Agent, Role } from '../../../core/model';
import type { ChangeSet } from '../createStore';
import type { Queryable } from '../db';
import { toAgent, type AgentRow } from '../rows';

export interface NewAgent {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  active?: boolean;
}

export async function insertAgent(tx: Queryable, changes: ChangeSet, agent: NewAgent, now: number): Promise<Agent> {
  const [row] = await tx.query<AgentRow>(
    `INSERT INTO agents (id, email, name, role, active, password_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [randomUUID(), agent.email.toLowerCase(), agent.name, agent.role, agent.active ?? true, agent.passwordHash, now],
  );
  changes.add('agent', row.id, null);
  return toAgent(row);
}

export async function setAgentActive(tx: Queryable, changes: ChangeSet, id: string, active: boolean): Promise<void> {
  await tx.query('UPDATE agents SET active = $2 WHERE id = $1', [id, active]);
  changes.add('agent', id, null);
}

export async function findAgentRowByEmail(q: Queryable, email: string): Promise<AgentRow | null> {
  const [row] = await q.query<AgentRow>('SELECT * FROM agents WHERE email = $1', [email.toLowerCase()]);
  return row ?? null;
}

export async function findAgentsByIds(q: Queryable, ids: string[]): Promise<Agent[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<AgentRow>('SELECT * FROM agents WHERE id = ANY($1::text[])', [ids]);
  return rows.map(toAgent);
}

export async function listAgents(q: Queryable): Promise<Agent[]> {
  return (await q.query<AgentRow>('SELECT * FROM agents ORDER BY name, email')).map(toAgent);
}

export async function countActiveAdmins(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM agents WHERE role = 'admin' AND active`);
  return Number(row.n);
}

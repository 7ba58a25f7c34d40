// Bearer tokens, stored only as their sha256. Each row is a session: a public id, when it was
// created and last used (for expiry), and the browser that signed in.
import { randomUUID } from 'node:crypto';
import type { Agent } from '../../../core/model';
import type { Queryable } from '../db';
import { toAgent, type AgentRow } from '../rows';

export interface SessionRecord {
  id: string;
  createdAt: number;
  lastUsedAt: number;
  userAgent: string;
}

type SessionRow = { id: string; created_at: string | number; last_used_at: string | number; user_agent: string };

const toSession = (row: SessionRow): SessionRecord => ({
  id: row.id,
  createdAt: Number(row.created_at),
  lastUsedAt: Number(row.last_used_at),
  userAgent: row.user_agent,
});

/** The browser's own description, bounded: it is shown to the agent, never trusted. */
const USER_AGENT_MAX = 256;

export async function insertAuthToken(
  q: Queryable,
  tokenHash: string,
  agentId: string,
  now: number,
  userAgent = '',
): Promise<string> {
  const id = randomUUID();
  await q.query(
    `INSERT INTO auth_tokens (id, token_hash, agent_id, created_at, last_used_at, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5)`,
    [id, tokenHash, agentId, now, userAgent.slice(0, USER_AGENT_MAX)],
  );
  return id;
}

/** The token's session and its agent (active or not), or null when the token is unknown or ended. */
export async function findSessionByTokenHash(
  q: Queryable,
  tokenHash: string,
): Promise<{ session: SessionRecord; agent: Agent } | null> {
  const [row] = await q.query<AgentRow & { session_id: string } & Omit<SessionRow, 'id'>>(
    `SELECT a.*, t.id AS session_id, t.created_at, t.last_used_at, t.user_agent
     FROM auth_tokens t JOIN agents a ON a.id = t.agent_id WHERE t.token_hash = $1`,
    [tokenHash],
  );
  if (!row) return null;
  return { session: toSession({ ...row, id: row.session_id }), agent: toAgent(row) };
}

/** Marks the session used; the caller limits this to once a minute or so, not once per request. */
export async function touchSession(q: Queryable, tokenHash: string, now: number): Promise<void> {
  await q.query('UPDATE auth_tokens SET last_used_at = $2 WHERE token_hash = $1 AND last_used_at < $2', [
    tokenHash,
    now,
  ]);
}

/** The agent's sessions, most recently used first; `current` marks the one holding `tokenHash`. */
export async function listSessions(
  q: Queryable,
  agentId: string,
  tokenHash: string,
): Promise<(SessionRecord & { current: boolean })[]> {
  const rows = await q.query<SessionRow & { current: boolean }>(
    `SELECT id, created_at, last_used_at, user_agent, token_hash = $2 AS current
     FROM auth_tokens WHERE agent_id = $1 ORDER BY last_used_at DESC, id`,
    [agentId, tokenHash],
  );
  return rows.map((row) => ({ ...toSession(row), current: row.current }));
}

/** Ends one of the agent's sessions; false when it is not theirs (or already ended). */
export async function deleteSession(q: Queryable, agentId: string, sessionId: string): Promise<boolean> {
  const rows = await q.query('DELETE FROM auth_tokens WHERE agent_id = $1 AND id = $2 RETURNING id', [
    agentId,
    sessionId,
  ]);
  return rows.length > 0;
}

/** Ends every session of the agent; returns how many there were. */
export async function deleteAgentSessions(q: Queryable, agentId: string): Promise<number> {
  const rows = await q.query('DELETE FROM auth_tokens WHERE agent_id = $1 RETURNING id', [agentId]);
  return rows.length;
}

/** Forgets the agent's sessions that have expired (idle since `idleBefore` or made before `madeBefore`). */
export async function deleteExpiredSessions(
  q: Queryable,
  agentId: string,
  idleBefore: number,
  madeBefore: number,
): Promise<void> {
  await q.query('DELETE FROM auth_tokens WHERE agent_id = $1 AND (last_used_at < $2 OR created_at < $3)', [
    agentId,
    idleBefore,
    madeBefore,
  ]);
}

export async function deleteAuthToken(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('DELETE FROM auth_tokens WHERE token_hash = $1', [tokenHash]);
}

// Creates an agent unless one with that email exists: start-up seeding must be safe to repeat.
import type { Agent, Role } from '../../core/model';
import { hashPassword } from '../auth/passwords';
import type { Store } from '../store/createStore';
import { findAgentRowByEmail, insertAgent } from '../store/repos/agents';
import { toAgent } from '../store/rows';

export async function ensureAgent(
  store: Store,
  agent: { email: string; name: string; role: Role; password: string },
  now: number,
): Promise<{ agent: Agent; created: boolean }> {
  const existing = await findAgentRowByEmail(store.db, agent.email);
  if (existing) return { agent: toAgent(existing), created: false };
  const passwordHash = await hashPassword(agent.password);
  const created = await store.write((tx, changes) => insertAgent(tx, changes, { ...agent, passwordHash }, now));
  return { agent: created, created: true };
}

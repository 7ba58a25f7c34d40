// POST /agents: an admin invites a colleague. The server picks a temporary password, stores only
// its hash and hands it back once, for the admin to pass on.
import type { InviteAgentRequest, InviteAgentResponse } from '../../core/api/agents';
import { hashPassword } from '../auth/passwords';
import { ApiException } from '../errors';
import type { Store } from '../store/createStore';
import { findAgentRowByEmail, insertAgent } from '../store/repos/agents';
import { temporaryPassword } from './temporaryPassword';

const UNIQUE_VIOLATION = '23505';

const duplicate = (email: string) => new ApiException(409, 'conflict', `email: an agent with ${email} already exists.`);

export async function inviteAgent(
  store: Store,
  request: InviteAgentRequest,
  now: number,
): Promise<InviteAgentResponse> {
  if (await findAgentRowByEmail(store.db, request.email)) throw duplicate(request.email);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    const agent = await store.write((tx, changes) => insertAgent(tx, changes, { ...request, passwordHash }, now));
    return { agent, temporaryPassword: password };
  } catch (err) {
    // Two admins inviting the same address at once: the unique index decides.
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw duplicate(request.email);
    throw err;
  }
}

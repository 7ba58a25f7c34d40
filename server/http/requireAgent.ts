// Bearer-token authentication for /v1: resolves the token to an active agent or answers 401.
import { createMiddleware } from 'hono/factory';
import { hashToken } from '../auth/tokens';
import { ApiException } from '../errors';
import type { Store } from '../store/createStore';
import { findAgentByTokenHash } from '../store/repos/authTokens';
import type { AuthedEnv } from './appDeps';

export function requireAgent(store: Store) {
  return createMiddleware<AuthedEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiException(401, 'unauthorized', 'Sign in first: send Authorization: Bearer <token>.');
    const tokenHash = hashToken(match[1]);
    const agent = await findAgentByTokenHash(store.db, tokenHash);
    if (!agent) throw new ApiException(401, 'unauthorized', 'Your session has ended; sign in again.');
    c.set('agent', agent);
    c.set('tokenHash', tokenHash);
    await next();
  });
}

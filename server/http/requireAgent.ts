// Bearer-token authentication for /v1: resolves the token to an active agent or answers 401. An
// expired session answers `session_expired`, so the panel can say why the agent must sign in again.
// The session's last use is written at most once a minute, not on every request.
import { createMiddleware } from 'hono/factory';
import { DEFAULT_SESSION_POLICY, sessionExpiry, TOUCH_EVERY_MS, type SessionPolicy } from '../auth/sessionPolicy';
import { hashToken } from '../auth/tokens';
import { ApiException } from '../errors';
import type { Store } from '../store/createStore';
import { findSessionByTokenHash, touchSession } from '../store/repos/authTokens';
import type { AuthedEnv } from './appDeps';

export interface SessionRules {
  now: () => number;
  policy: SessionPolicy;
}

const EXPIRED: Record<'idle' | 'max_age', string> = {
  idle: 'Your session ended after a while without use; sign in again.',
  max_age: 'Your session reached its maximum age; sign in again.',
};

export function requireAgent(store: Store, rules: SessionRules = { now: Date.now, policy: DEFAULT_SESSION_POLICY }) {
  return createMiddleware<AuthedEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiException(401, 'unauthorized', 'Sign in first: send Authorization: Bearer <token>.');
    const tokenHash = hashToken(match[1]);
    const found = await findSessionByTokenHash(store.db, tokenHash);
    if (!found?.agent.active) throw new ApiException(401, 'unauthorized', 'Your session has ended; sign in again.');
    const now = rules.now();
    const expired = sessionExpiry(found.session, rules.policy, now);
    if (expired) throw new ApiException(401, 'session_expired', EXPIRED[expired]);
    if (now - found.session.lastUsedAt >= TOUCH_EVERY_MS) await touchSession(store.db, tokenHash, now);
    c.set('agent', found.agent);
    c.set('tokenHash', tokenHash);
    await next();
  });
}

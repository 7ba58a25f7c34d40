// Sign in (throttled per account and per address), sign out, and who am I.
import { createRoute } from '@hono/zod-openapi';
import { LoginRequest, LoginResponse, MeResponse } from '../../../core/api/auth';
import { createLoginThrottle } from '../../auth/loginThrottle';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { DEFAULT_SESSION_POLICY } from '../../auth/sessionPolicy';
import { hashToken, newToken } from '../../auth/tokens';
import { ApiException } from '../../errors';
import { deleteAuthToken, deleteExpiredSessions, insertAuthToken } from '../../store/repos/authTokens';
import { findAgentRowByEmail } from '../../store/repos/agents';
import { toAgent } from '../../store/rows';
import type { AppDeps } from '../appDeps';
import { clientAddress } from '../clientAddress';
import { bearer, createRouter, errorResponses, json } from '../openApi';

// Unknown emails still pay for one scrypt, so timing does not tell which emails exist.
const dummyHash = hashPassword('not a real password');

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  request: { body: { required: true, content: { 'application/json': { schema: LoginRequest } } } },
  responses: { 200: json(LoginResponse, 'Signed in'), ...errorResponses(400, 401, 429) },
});

const logout = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  security: bearer,
  responses: { 204: { description: 'Token revoked' }, ...errorResponses(401) },
});

const me = createRoute({
  method: 'get',
  path: '/me',
  tags: ['auth'],
  security: bearer,
  responses: { 200: json(MeResponse, 'The signed-in agent'), ...errorResponses(401) },
});

export function authRoutes(deps: AppDeps) {
  const app = createRouter();
  const throttle = createLoginThrottle(deps.now);
  const policy = deps.config.sessions ?? DEFAULT_SESSION_POLICY;
  app.openapi(login, async (c) => {
    const { email, password } = c.req.valid('json');
    const address = clientAddress(c, deps.config.trustProxy ?? false);
    const waitMs = throttle.attempt(email, address);
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      const message = `Too many sign-in attempts; try again in ${seconds} s.`;
      throw new ApiException(429, 'too_many_attempts', message, { 'Retry-After': String(seconds) });
    }
    const row = await findAgentRowByEmail(deps.store.db, email);
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash));
    if (!row || !ok) throw new ApiException(401, 'unauthorized', 'Wrong email or password.');
    throttle.succeeded(email, address);
    if (!row.active)
      throw new ApiException(401, 'unauthorized', 'This account is deactivated; ask an admin to reactivate it.');
    const token = newToken();
    const now = deps.now();
    await deleteExpiredSessions(deps.store.db, row.id, now - policy.idleMs, now - policy.maxAgeMs);
    await insertAuthToken(deps.store.db, hashToken(token), row.id, now, c.req.header('user-agent') ?? '');
    return c.json({ token, agent: toAgent(row) }, 200);
  });

  app.openapi(logout, async (c) => {
    await deleteAuthToken(deps.store.db, c.get('tokenHash'));
    return c.body(null, 204);
  });

  app.openapi(me, (c) => c.json({ agent: c.get('agent') }, 200));
  return app;
}

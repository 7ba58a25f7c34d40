// Sign in, sign out, and who am I.
import { createRoute } from '@hono/zod-openapi';
import { LoginRequest, LoginResponse, MeResponse } from '../../../core/api/auth';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { hashToken, newToken } from '../../auth/tokens';
import { ApiException } from '../../errors';
import { deleteAuthToken, insertAuthToken } from '../../store/repos/authTokens';
import { findAgentRowByEmail } from '../../store/repos/agents';
import { toAgent } from '../../store/rows';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

// Unknown emails still pay for one scrypt, so timing does not tell which emails exist.
const dummyHash = hashPassword('not a real password');

const login = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  request: { body: { required: true, content: { 'application/json': { schema: LoginRequest } } } },
  responses: { 200: json(LoginResponse, 'Signed in'), ...errorResponses(400, 401) },
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
  app.openapi(login, async (c) => {
    const { email, password } = c.req.valid('json');
    const row = await findAgentRowByEmail(deps.store.db, email);
    const ok = await verifyPassword(password, row?.password_hash ?? (await dummyHash));
    if (!row || !ok) throw new ApiException(401, 'unauthorized', 'Wrong email or password.');
    if (!row.active)
      throw new ApiException(401, 'unauthorized', 'This account is deactivated; ask an admin to reactivate it.');
    const token = newToken();
    await insertAuthToken(deps.store.db, hashToken(token), row.id, deps.now());
    return c.json({ token, agent: toAgent(row) }, 200);
  });

  app.openapi(logout, async (c) => {
    await deleteAuthToken(deps.store.db, c.get('tokenHash'));
    return c.body(null, 204);
  });

  app.openapi(me, (c) => c.json({ agent: c.get('agent') }, 200));
  return app;
}

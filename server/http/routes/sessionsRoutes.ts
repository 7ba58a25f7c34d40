// Sessions: an agent lists theirs (the current one marked) and ends their others; an admin ends
// every session of an agent (a lost laptop, someone leaving) without deactivating them.
import { createRoute, z } from '@hono/zod-openapi';
import { EndedSessionsResponse, SessionsResponse } from '../../../core/api/sessions';
import { ApiException, notFound } from '../../errors';
import { findAgentsByIds } from '../../store/repos/agents';
import { deleteAgentSessions, deleteSession, listSessions } from '../../store/repos/authTokens';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });

const list = createRoute({
  method: 'get',
  path: '/auth/sessions',
  tags: ['auth'],
  security: bearer,
  responses: { 200: json(SessionsResponse, 'The caller’s sessions, most recently used first'), ...errorResponses(401) },
});

const end = createRoute({
  method: 'delete',
  path: '/auth/sessions/{id}',
  tags: ['auth'],
  security: bearer,
  request: { params: IdParam },
  responses: {
    204: { description: 'Ended: its token is refused from now on' },
    ...errorResponses(401, 404, 409),
  },
});

const endAll = createRoute({
  method: 'delete',
  path: '/agents/{id}/sessions',
  tags: ['agents'],
  security: adminBearer,
  request: { params: IdParam },
  responses: {
    200: json(EndedSessionsResponse, 'Every session of the agent ended (admin)'),
    ...errorResponses(401, 403, 404),
  },
});

export function sessionsRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(list, async (c) => {
    const sessions = await listSessions(deps.store.db, c.get('agent').id, c.get('tokenHash'));
    return c.json({ sessions }, 200);
  });

  app.openapi(end, async (c) => {
    const { id } = c.req.valid('param');
    const mine = await listSessions(deps.store.db, c.get('agent').id, c.get('tokenHash'));
    if (mine.some((s) => s.id === id && s.current))
      throw new ApiException(409, 'conflict', 'This is the session you are using: sign out instead.');
    if (!(await deleteSession(deps.store.db, c.get('agent').id, id))) throw notFound('Session');
    return c.body(null, 204);
  });

  app.openapi(endAll, async (c) => {
    const { id } = c.req.valid('param');
    const [agent] = await findAgentsByIds(deps.store.db, [id]);
    if (!agent) throw notFound('Agent');
    return c.json({ ended: await deleteAgentSessions(deps.store.db, id) }, 200);
  });
  return app;
}

// The team: every agent sees every agent (names on assignments, transfers); admins invite agents
// and change their name, role and whether they may sign in.
import { createRoute, z } from '@hono/zod-openapi';
import { AgentsResponse } from '../../../core/api/agents';
import {
  InviteAgentRequest,
  InviteAgentResponse,
  UpdateAgentRequest,
  UpdateAgentResponse,
} from '../../../core/api/agents';
import { inviteAgent } from '../../agents/inviteAgent';
import { updateAgent } from '../../agents/updateAgent';
import { listAgents } from '../../store/repos/agents';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const list = createRoute({
  method: 'get',
  path: '/agents',
  tags: ['agents'],
  security: bearer,
  responses: { 200: json(AgentsResponse, 'All agents'), ...errorResponses(401) },
});

const invite = createRoute({
  method: 'post',
  path: '/agents',
  tags: ['agents'],
  security: adminBearer,
  request: { body: { required: true, content: { 'application/json': { schema: InviteAgentRequest } } } },
  responses: {
    201: json(InviteAgentResponse, 'Invited; the temporary password is shown only in this answer'),
    ...errorResponses(400, 401, 403, 409),
  },
});

const update = createRoute({
  method: 'patch',
  path: '/agents/{id}',
  tags: ['agents'],
  security: adminBearer,
  request: {
    params: z.object({ id: z.string().min(1) }),
    body: { required: true, content: { 'application/json': { schema: UpdateAgentRequest } } },
  },
  responses: {
    200: json(UpdateAgentResponse, 'Changed; deactivation or a role change signs the agent out'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function agentsRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(list, async (c) => c.json({ agents: await listAgents(deps.store.db) }, 200));

  app.openapi(invite, async (c) => c.json(await inviteAgent(deps.store, c.req.valid('json'), deps.now()), 201));

  app.openapi(update, async (c) => {
    const result = await updateAgent(deps.store, c.get('agent').id, c.req.valid('param').id, c.req.valid('json'));
    return c.json(result, 200);
  });
  return app;
}

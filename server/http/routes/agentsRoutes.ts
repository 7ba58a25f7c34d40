// The team: every agent sees every agent (names on assignments, transfers).
import { createRoute } from '@hono/zod-openapi';
import { AgentsResponse } from '../../../core/api';
import { listAgents } from '../../store/repos/agents';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';
import { requireAgent } from '../requireAgent';

const list = createRoute({
  method: 'get',
  path: '/agents',
  tags: ['agents'],
  security: bearer,
  responses: { 200: json(AgentsResponse, 'All agents'), ...errorResponses(401) },
});

export function agentsRoutes(deps: AppDeps) {
  const app = createRouter();
  app.use('/agents', requireAgent(deps.store));
  app.openapi(list, async (c) => c.json({ agents: await listAgents(deps.store.db) }, 200));
  return app;
}

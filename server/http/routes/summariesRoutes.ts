// A conversation's summaries: listed newest first, and one made on demand. Only for conversations
// the agent may see (404 otherwise, as every conversation route).
import { createRoute, z } from '@hono/zod-openapi';
import { SummariesResponse, SummaryResponse } from '../../../core/api/ai';
import { loadVisible } from '../../conversations/loadForAction';
import { listSummaries } from '../../store/repos/summaries';
import { createSummary } from '../../summaries/createSummary';
import type { AiAppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });

const list = createRoute({
  method: 'get',
  path: '/conversations/{id}/summary',
  tags: ['summaries'],
  security: bearer,
  request: { params: IdParam },
  responses: {
    200: json(SummariesResponse, 'The conversation’s summaries, newest first'),
    ...errorResponses(401, 404),
  },
});

const create = createRoute({
  method: 'post',
  path: '/conversations/{id}/summary',
  tags: ['summaries'],
  security: bearer,
  request: { params: IdParam },
  responses: {
    201: json(SummaryResponse, 'Made and stored; synced to every agent who sees the conversation'),
    ...errorResponses(401, 404, 409, 422, 502, 503),
  },
});

export function summariesRoutes(deps: AiAppDeps) {
  const app = createRouter();

  app.openapi(list, async (c) => {
    const conversation = await loadVisible(deps.store.db, c.get('agent'), c.req.valid('param').id);
    return c.json({ summaries: await listSummaries(deps.store.db, conversation.id) }, 200);
  });

  app.openapi(create, async (c) => {
    const agent = c.get('agent');
    const conversation = await loadVisible(deps.store.db, agent, c.req.valid('param').id);
    const summary = await createSummary(
      { store: deps.store, now: deps.now, makeSummary: deps.ai.makeSummary },
      conversation,
      { trigger: 'on_demand', requestedBy: agent.id },
    );
    return c.json({ summary }, 201);
  });
  return app;
}

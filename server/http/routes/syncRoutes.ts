// GET /v1/sync: the change feed, long-polled. The request's abort signal ends a wait whose client
// has gone away, so no timer or listener outlives its connection.
import { createRoute } from '@hono/zod-openapi';
import { SyncQuery, SyncResponse } from '../../../core/api/sync';
import { longPollSync } from '../../sync/longPollSync';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const sync = createRoute({
  method: 'get',
  path: '/sync',
  tags: ['sync'],
  security: bearer,
  request: { query: SyncQuery },
  responses: { 200: json(SyncResponse, 'Changes after `since` that this agent may see'), ...errorResponses(400, 401) },
});

export function syncRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(sync, async (c) => {
    const { since, wait, limit } = c.req.valid('query');
    const page = await longPollSync(deps.store, c.get('agent'), {
      since,
      limit,
      waitMs: wait * 1000,
      signal: c.req.raw.signal,
    });
    return c.json(page, 200);
  });
  return app;
}

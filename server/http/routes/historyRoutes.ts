// Read-only: search in pages, and a customer's earlier conversations for whoever answers them now.
// Who may read what is server/store/repos/readableBy.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { HistoryPage, HistoryQuery } from '../../../core/api/history';
import { SearchPage, SearchQuery } from '../../../core/api/search';
import { notFound } from '../../errors';
import { listContactHistory } from '../../store/repos/contactHistory';
import { searchConversationPage } from '../../store/repos/searchConversations';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const search = createRoute({
  method: 'get',
  path: '/search',
  tags: ['conversations'],
  security: bearer,
  request: { query: SearchQuery },
  responses: {
    200: json(SearchPage, 'Conversations the caller may read, newest activity first, one page'),
    ...errorResponses(400, 401),
  },
});

const history = createRoute({
  method: 'get',
  path: '/contacts/{id}/conversations',
  tags: ['contacts'],
  security: bearer,
  request: { params: z.object({ id: z.string().min(1) }), query: HistoryQuery },
  responses: {
    200: json(HistoryPage, "The customer's conversations the caller may read, newest first"),
    ...errorResponses(400, 401, 404),
  },
});

export function historyRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(search, async (c) => {
    return c.json(await searchConversationPage(deps.store.db, c.get('agent'), c.req.valid('query')), 200);
  });

  app.openapi(history, async (c) => {
    const query = c.req.valid('query');
    const page = await listContactHistory(deps.store.db, c.get('agent'), c.req.valid('param').id, query);
    // A customer none of whose conversations the caller may read is not theirs to know about.
    if (page.entries.length === 0 && !query.cursor) throw notFound('Contact');
    return c.json(page, 200);
  });
  return app;
}

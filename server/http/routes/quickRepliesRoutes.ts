// Quick replies: every agent reads them (they also arrive through sync); only an admin writes them.
// The admin check runs before the body is read, so an agent gets 403 whatever they send.
import { createRoute, z } from '@hono/zod-openapi';
import { QuickRepliesResponse, QuickReplyBody, QuickReplyResponse } from '../../../core/api/ai';
import { notFound } from '../../errors';
import {
  deleteQuickReply,
  insertQuickReply,
  listQuickReplies,
  replaceQuickReply,
} from '../../store/repos/quickReplies';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });
const body = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/quick-replies',
  tags: ['quick replies'],
  security: bearer,
  responses: { 200: json(QuickRepliesResponse, 'Every quick reply, by title'), ...errorResponses(401) },
});

const create = createRoute({
  method: 'post',
  path: '/quick-replies',
  tags: ['quick replies'],
  security: adminBearer,
  request: { body: body(QuickReplyBody) },
  responses: { 201: json(QuickReplyResponse, 'Created; every agent receives it'), ...errorResponses(400, 401, 403) },
});

const replace = createRoute({
  method: 'put',
  path: '/quick-replies/{id}',
  tags: ['quick replies'],
  security: adminBearer,
  request: { params: IdParam, body: body(QuickReplyBody) },
  responses: { 200: json(QuickReplyResponse, 'Replaced'), ...errorResponses(400, 401, 403, 404) },
});

const remove = createRoute({
  method: 'delete',
  path: '/quick-replies/{id}',
  tags: ['quick replies'],
  security: adminBearer,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted; every copy drops it' }, ...errorResponses(401, 403, 404) },
});

export function quickRepliesRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(list, async (c) => c.json({ quickReplies: await listQuickReplies(deps.store.db) }, 200));
  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const quickReply = await deps.store.write((tx, changes) => insertQuickReply(tx, changes, input, deps.now()));
    return c.json({ quickReply }, 201);
  });
  app.openapi(replace, async (c) => {
    const input = c.req.valid('json');
    const quickReply = await deps.store.write((tx, changes) =>
      replaceQuickReply(tx, changes, c.req.valid('param').id, input, deps.now()),
    );
    if (!quickReply) throw notFound('Quick reply');
    return c.json({ quickReply }, 200);
  });
  app.openapi(remove, async (c) => {
    const deleted = await deps.store.write((tx, changes) => deleteQuickReply(tx, changes, c.req.valid('param').id));
    if (!deleted) throw notFound('Quick reply');
    return c.body(null, 204);
  });
  return app;
}

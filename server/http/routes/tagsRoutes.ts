// Tags: every agent reads the catalog; only an admin creates, renames, recolours or deletes.
import { createRoute, z } from '@hono/zod-openapi';
import { CreateTagRequest, TagResponse, TagsResponse, UpdateTagRequest } from '../../../core/api/tags';
import { changeTag, createTag, removeTag } from '../../customers/manageTags';
import { listTags } from '../../store/repos/tags';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });
const body = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/tags',
  tags: ['tags'],
  security: bearer,
  responses: { 200: json(TagsResponse, 'Every tag, by name'), ...errorResponses(401) },
});

const create = createRoute({
  method: 'post',
  path: '/tags',
  tags: ['tags'],
  security: adminBearer,
  request: { body: body(CreateTagRequest) },
  responses: { 201: json(TagResponse, 'Created'), ...errorResponses(400, 401, 403, 409) },
});

const update = createRoute({
  method: 'patch',
  path: '/tags/{id}',
  tags: ['tags'],
  security: adminBearer,
  request: { params: IdParam, body: body(UpdateTagRequest) },
  responses: { 200: json(TagResponse, 'Changed'), ...errorResponses(400, 401, 403, 404, 409) },
});

const remove = createRoute({
  method: 'delete',
  path: '/tags/{id}',
  tags: ['tags'],
  security: adminBearer,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted, and taken off every customer' }, ...errorResponses(401, 403, 404) },
});

export function tagsRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(list, async (c) => c.json({ tags: await listTags(deps.store.db) }, 200));
  app.openapi(create, async (c) => c.json({ tag: await createTag(deps.store, c.req.valid('json'), deps.now()) }, 201));
  app.openapi(update, async (c) =>
    c.json({ tag: await changeTag(deps.store, c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  app.openapi(remove, async (c) => {
    await removeTag(deps.store, c.req.valid('param').id);
    return c.body(null, 204);
  });
  return app;
}

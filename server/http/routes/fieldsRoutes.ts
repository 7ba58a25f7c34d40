// Information fields: every agent reads the definitions; only an admin defines, changes or deletes.
import { createRoute, z } from '@hono/zod-openapi';
import { CreateFieldRequest, FieldResponse, FieldsResponse, UpdateFieldRequest } from '../../../core/api/fields';
import { changeField, createField, removeField } from '../../customers/manageFields';
import { listFields } from '../../store/repos/fieldDefinitions';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });
const body = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/fields',
  tags: ['fields'],
  security: bearer,
  responses: { 200: json(FieldsResponse, 'Every information field, in display order'), ...errorResponses(401) },
});

const create = createRoute({
  method: 'post',
  path: '/fields',
  tags: ['fields'],
  security: adminBearer,
  request: { body: body(CreateFieldRequest) },
  responses: { 201: json(FieldResponse, 'Created'), ...errorResponses(400, 401, 403, 409) },
});

const update = createRoute({
  method: 'patch',
  path: '/fields/{id}',
  tags: ['fields'],
  security: adminBearer,
  request: { params: IdParam, body: body(UpdateFieldRequest) },
  responses: {
    200: json(FieldResponse, 'Changed (label, choices, position; key and type stay)'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/fields/{id}',
  tags: ['fields'],
  security: adminBearer,
  request: { params: IdParam },
  responses: { 204: { description: "Deleted, with every customer's value of it" }, ...errorResponses(401, 403, 404) },
});

export function fieldsRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(list, async (c) => c.json({ fields: await listFields(deps.store.db) }, 200));
  app.openapi(create, async (c) =>
    c.json({ field: await createField(deps.store, c.req.valid('json'), deps.now()) }, 201),
  );
  app.openapi(update, async (c) =>
    c.json({ field: await changeField(deps.store, c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  app.openapi(remove, async (c) => {
    await removeField(deps.store, c.req.valid('param').id);
    return c.body(null, 204);
  });
  return app;
}

// A customer's tags and information-field values, changed by an agent who can see one of the
// customer's conversations (or an admin). Answers with the customer as it now is.
import { createRoute, z } from '@hono/zod-openapi';
import { ContactResponse, SetContactFieldsRequest } from '../../../core/api/contacts';
import { setContactFields, setContactTag } from '../../customers/editContact';
import { findEditableContact } from '../../customers/findEditableContact';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const TagParams = z.object({ id: z.string().min(1), tagId: z.string().min(1) });

const tagRoute = (method: 'put' | 'delete') =>
  createRoute({
    method,
    path: '/contacts/{id}/tags/{tagId}',
    tags: ['contacts'],
    security: bearer,
    request: { params: TagParams },
    responses: {
      200: json(ContactResponse, method === 'put' ? 'Tagged (idempotent)' : 'Untagged (idempotent)'),
      ...errorResponses(401, 404),
    },
  });

const one = createRoute({
  method: 'get',
  path: '/contacts/{id}',
  tags: ['contacts'],
  security: bearer,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: json(ContactResponse, 'The customer, for an admin or an agent who can see one of their conversations'),
    ...errorResponses(401, 404),
  },
});

const fields = createRoute({
  method: 'put',
  path: '/contacts/{id}/fields',
  tags: ['contacts'],
  security: bearer,
  request: {
    params: z.object({ id: z.string().min(1) }),
    body: { required: true, content: { 'application/json': { schema: SetContactFieldsRequest } } },
  },
  responses: {
    200: json(ContactResponse, 'The given values set (null clears); others untouched'),
    ...errorResponses(400, 401, 404),
  },
});

export function contactInfoRoutes(deps: AppDeps) {
  const app = createRouter();
  for (const method of ['put', 'delete'] as const) {
    app.openapi(tagRoute(method), async (c) => {
      const { id, tagId } = c.req.valid('param');
      return c.json(
        { contact: await setContactTag(deps.store, c.get('agent'), id, tagId, method === 'put', deps.now()) },
        200,
      );
    });
  }
  app.openapi(one, async (c) => {
    return c.json({ contact: await findEditableContact(deps.store.db, c.get('agent'), c.req.valid('param').id) }, 200);
  });
  app.openapi(fields, async (c) => {
    const contact = await setContactFields(
      deps.store,
      c.get('agent'),
      c.req.valid('param').id,
      c.req.valid('json').values,
      deps.now(),
    );
    return c.json({ contact }, 200);
  });
  return app;
}

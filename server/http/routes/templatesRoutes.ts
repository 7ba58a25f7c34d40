// Templates: everyone lists them (the picker); admins declare, change, delete and import them.
import { createRoute, z } from '@hono/zod-openapi';
import {
  TemplateImportRequest,
  TemplateImportResponse,
  TemplateInput,
  TemplatePatch,
  TemplateResponse,
  TemplatesResponse,
} from '../../../core/api/templates';
import { templateBodyProblem } from '../../../core/templates';
import { ApiException, notFound } from '../../errors';
import {
  deleteTemplate,
  findTemplate,
  insertTemplate,
  listTemplates,
  templateNameTaken,
  updateTemplate,
} from '../../store/repos/templates';
import { importTemplates } from '../../templates/importTemplates';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });
const body = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/templates',
  tags: ['templates'],
  security: bearer,
  responses: { 200: json(TemplatesResponse, 'Every template, by name'), ...errorResponses(401) },
});
const create = createRoute({
  method: 'post',
  path: '/templates',
  tags: ['templates'],
  security: adminBearer,
  request: { body: body(TemplateInput) },
  responses: { 201: json(TemplateResponse, 'Declared (admin)'), ...errorResponses(400, 401, 403, 409) },
});
const patch = createRoute({
  method: 'patch',
  path: '/templates/{id}',
  tags: ['templates'],
  security: adminBearer,
  request: { params: IdParam, body: body(TemplatePatch) },
  responses: { 200: json(TemplateResponse, 'Changed (admin)'), ...errorResponses(400, 401, 403, 404, 409) },
});
const remove = createRoute({
  method: 'delete',
  path: '/templates/{id}',
  tags: ['templates'],
  security: adminBearer,
  request: { params: IdParam },
  responses: {
    204: { description: 'Deleted (admin); messages already sent keep their text' },
    ...errorResponses(401, 403, 404),
  },
});
const importRoute = createRoute({
  method: 'post',
  path: '/templates/import',
  tags: ['templates'],
  security: adminBearer,
  request: { body: { required: false, content: { 'application/json': { schema: TemplateImportRequest } } } },
  responses: {
    200: json(TemplateImportResponse, "Meta's approved templates, created or refreshed (admin)"),
    ...errorResponses(400, 401, 403, 409),
  },
});

function checkBody(text: string) {
  const problem = templateBodyProblem(text);
  if (problem) throw new ApiException(400, 'invalid', `body: ${problem}`);
}

export function templatesRoutes(deps: AppDeps) {
  const app = createRouter();
  const taken = (name: string, language: string) =>
    new ApiException(409, 'conflict', `A template named ${name} in ${language} already exists.`);

  app.openapi(list, async (c) => c.json({ templates: await listTemplates(deps.store.db) }, 200));

  app.openapi(importRoute, async (c) => {
    const request = (c.req.valid('json') as z.infer<typeof TemplateImportRequest> | undefined) ?? {};
    return c.json(await importTemplates(deps, request), 200);
  });

  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    checkBody(input.body);
    const template = await deps.store.write(async (tx, changes) => {
      const row = await insertTemplate(tx, input, deps.now());
      if (row) changes.add('template', row.id, null);
      return row;
    });
    if (!template) throw taken(input.name, input.language);
    return c.json({ template }, 201);
  });

  app.openapi(patch, async (c) => {
    const { id } = c.req.valid('param');
    const template = await deps.store.write(async (tx, changes) => {
      const before = await findTemplate(tx, id);
      if (!before) throw notFound('Template');
      const next = { ...before, ...c.req.valid('json') };
      checkBody(next.body);
      if (await templateNameTaken(tx, next.name, next.language, id)) throw taken(next.name, next.language);
      changes.add('template', id, null);
      return (await updateTemplate(tx, id, next, deps.now()))!;
    });
    return c.json({ template }, 200);
  });

  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await deps.store.write(async (tx, changes) => {
      const gone = await deleteTemplate(tx, id);
      if (gone) changes.add('template', id, null);
      return gone;
    });
    if (!deleted) throw notFound('Template');
    return c.body(null, 204);
  });
  return app;
}

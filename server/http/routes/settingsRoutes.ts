// The workspace settings: every agent reads them (they also arrive through sync); admins change them.
import { createRoute } from '@hono/zod-openapi';
import { SettingsResponse, UpdateSettingsRequest } from '../../../core/api/settings';
import { getSettings, updateSettings } from '../../store/repos/settings';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const read = createRoute({
  method: 'get',
  path: '/settings',
  tags: ['settings'],
  security: bearer,
  responses: { 200: json(SettingsResponse, 'The workspace settings'), ...errorResponses(401) },
});

const update = createRoute({
  method: 'patch',
  path: '/settings',
  tags: ['settings'],
  security: adminBearer,
  request: { body: { required: true, content: { 'application/json': { schema: UpdateSettingsRequest } } } },
  responses: {
    200: json(SettingsResponse, 'Changed; every agent receives them through sync'),
    ...errorResponses(400, 401, 403),
  },
});

export function settingsRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(read, async (c) => c.json({ settings: await getSettings(deps.store.db) }, 200));

  app.openapi(update, async (c) => {
    const patch = c.req.valid('json');
    const settings = await deps.store.write((tx, changes) => updateSettings(tx, changes, patch, deps.now()));
    return c.json({ settings }, 200);
  });
  return app;
}

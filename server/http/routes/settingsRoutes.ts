// The workspace settings: every agent reads them (they also arrive through sync); admins change them.
// Beside them, what the server has configured for AI, so the admin knows what each switch will do.
import { createRoute } from '@hono/zod-openapi';
import { SettingsWithAiResponse, UpdateSettingsWithAiRequest } from '../../../core/api/ai';
import { getSettings, updateSettings } from '../../store/repos/settings';
import type { AiAppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const read = createRoute({
  method: 'get',
  path: '/settings',
  tags: ['settings'],
  security: bearer,
  responses: { 200: json(SettingsWithAiResponse, 'The workspace settings'), ...errorResponses(401) },
});

const update = createRoute({
  method: 'patch',
  path: '/settings',
  tags: ['settings'],
  security: adminBearer,
  request: { body: { required: true, content: { 'application/json': { schema: UpdateSettingsWithAiRequest } } } },
  responses: {
    200: json(SettingsWithAiResponse, 'Changed; every agent receives them through sync'),
    ...errorResponses(400, 401, 403),
  },
});

export function settingsRoutes(deps: AiAppDeps) {
  const app = createRouter();

  app.openapi(read, async (c) => c.json({ settings: await getSettings(deps.store.db), ai: deps.ai.setup }, 200));

  app.openapi(update, async (c) => {
    const patch = c.req.valid('json');
    const settings = await deps.store.write((tx, changes) => updateSettings(tx, changes, patch, deps.now()));
    return c.json({ settings, ai: deps.ai.setup }, 200);
  });
  return app;
}

// Automations (admin): the rules that give closed conversations back to the bot. Saved as a
// whole list; a rule's template must exist and need no parameters (nobody fills them in).
import { createRoute } from '@hono/zod-openapi';
import { AutomationRules } from '../../../core/api/bot';
import { templateParamsProblem } from '../../../core/templates';
import { ApiException } from '../../errors';
import type { Queryable } from '../../store/db';
import { listAutomationRules, replaceAutomationRules } from '../../store/repos/automations';
import { findTemplate } from '../../store/repos/templates';
import type { AppDeps } from '../appDeps';
import { adminBearer, createRouter, errorResponses, json } from '../openApi';

const get = createRoute({
  method: 'get',
  path: '/automations',
  tags: ['automations'],
  security: adminBearer,
  responses: { 200: json(AutomationRules, 'The rules, in order'), ...errorResponses(401, 403) },
});

const put = createRoute({
  method: 'put',
  path: '/automations',
  tags: ['automations'],
  security: adminBearer,
  request: { body: { required: true, content: { 'application/json': { schema: AutomationRules } } } },
  responses: { 200: json(AutomationRules, 'Saved; the next closings follow them'), ...errorResponses(400, 401, 403) },
});

async function checkRules(q: Queryable, { rules }: AutomationRules): Promise<void> {
  const ids = new Set<string>();
  for (const [i, rule] of rules.entries()) {
    if (ids.has(rule.id)) throw new ApiException(400, 'invalid', `rules.${i}.id: "${rule.id}" appears twice.`);
    ids.add(rule.id);
    if (rule.templateId === null) continue;
    const template = await findTemplate(q, rule.templateId);
    if (!template) throw new ApiException(400, 'invalid', `rules.${i}.templateId: no such template.`);
    if (templateParamsProblem(template.body, []))
      throw new ApiException(400, 'invalid', `rules.${i}.templateId: "${template.name}" needs parameters.`);
  }
}

export function automationsRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(get, async (c) => c.json({ rules: await listAutomationRules(deps.store.db) }, 200));
  app.openapi(put, async (c) => {
    const body = c.req.valid('json');
    const rules = await deps.store.write(async (tx) => {
      await checkRules(tx, body);
      await replaceAutomationRules(tx, body.rules, deps.now());
      return listAutomationRules(tx);
    });
    return c.json({ rules }, 200);
  });
  return app;
}

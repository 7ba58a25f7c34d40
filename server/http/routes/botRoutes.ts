// The bot's settings (admin: the switch, the flow, extra handover words), refused with every
// problem named by step when the flow cannot run; and an agent's availability for round-robin.
import { createRoute } from '@hono/zod-openapi';
import { BotSettings, FlowRejected, PutAvailabilityBody, PutBotBody } from '../../../core/api/bot';
import { checkFlow } from '../../../core/bot/checkFlow';
import { Agent } from '../../../core/model';
import { findAgentsByIds, listAgents } from '../../store/repos/agents';
import { setAgentAvailable } from '../../store/repos/botMessages';
import { getBotSettings, saveBotSettings } from '../../store/repos/botSettings';
import { listFields } from '../../store/repos/fieldDefinitions';
import type { AppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const read = createRoute({
  method: 'get',
  path: '/bot',
  tags: ['bot'],
  security: adminBearer,
  responses: {
    200: json(BotSettings, 'The bot: on or off, its current flow and version'),
    ...errorResponses(401, 403),
  },
});

const save = createRoute({
  method: 'put',
  path: '/bot',
  tags: ['bot'],
  security: adminBearer,
  request: { body: { required: true, content: { 'application/json': { schema: PutBotBody } } } },
  responses: {
    200: json(BotSettings, 'Saved as a new version; conversations already with the bot keep theirs'),
    400: json(FlowRejected, 'The flow cannot run: every problem, by step'),
    ...errorResponses(401, 403),
  },
});

const availability = createRoute({
  method: 'put',
  path: '/me/availability',
  tags: ['bot'],
  security: bearer,
  request: { body: { required: true, content: { 'application/json': { schema: PutAvailabilityBody } } } },
  responses: { 200: json(Agent, 'The agent, as every client receives it'), ...errorResponses(400, 401) },
});

export function botRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(read, async (c) => c.json(await getBotSettings(deps.store.db), 200));

  app.openapi(save, async (c) => {
    const body = c.req.valid('json');
    const [fields, agents] = await Promise.all([listFields(deps.store.db), listAgents(deps.store.db)]);
    const problems = checkFlow(
      body.flow,
      fields,
      agents.filter((a) => a.active).map((a) => a.id),
    );
    if (problems.length > 0) {
      const message = `The flow cannot run: ${problems[0].message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`;
      return c.json({ error: { code: 'invalid' as const, message }, problems }, 400);
    }
    const saved = await deps.store.write((tx) => saveBotSettings(tx, body, c.get('agent').id, deps.now()));
    return c.json(saved, 200);
  });

  app.openapi(availability, async (c) => {
    const { available } = c.req.valid('json');
    const id = c.get('agent').id;
    await deps.store.write(async (tx, changes) => {
      await setAgentAvailable(tx, id, available);
      changes.add('agent', id, null);
    });
    const [agent] = await findAgentsByIds(deps.store.db, [id]);
    return c.json(agent, 200);
  });
  return app;
}

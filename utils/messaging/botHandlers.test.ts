import { beforeEach, describe, expect, it } from 'vitest';
import type { BotSettings } from '@/core/api/bot';
import { NOW } from '@/core/testing/fakes';
import { createApiClient } from '@/utils/api';
import { problemsFromError } from '@/utils/bot/flowProblems';
import { fakeFetch, json, type Recorded } from '@/utils/testing/fakes';
import { createBotHandlers } from './botHandlers';

const bot: BotSettings = {
  enabled: true,
  flow: { startStepId: 'end', steps: [{ kind: 'handover', id: 'end', text: null, to: { kind: 'queue' } }] },
  version: 3,
  handoverKeywords: ['operator'],
  updatedAt: NOW,
};

describe('bot handlers', () => {
  let calls: Recorded[];
  let route: (req: Recorded) => Response;
  let events: string[];
  let handlers: ReturnType<typeof createBotHandlers>;

  beforeEach(() => {
    events = [];
    const fake = fakeFetch((req) => {
      events.push(`${req.method} ${req.url.pathname}`);
      return route(req);
    });
    calls = fake.calls;
    const api = createApiClient({ baseUrl: 'http://localhost:8787', token: 'tok', fetch: fake.fetch });
    handlers = createBotHandlers({ requireApi: async () => api, pullNow: async () => void events.push('pull') });
  });

  it('reads the bot bare or wrapped in {bot}', async () => {
    route = () => json(200, bot);
    expect(await handlers.getBot(undefined)).toEqual(bot);
    route = () => json(200, { bot });
    expect(await handlers.getBot(undefined)).toEqual(bot);
  });

  it("saves the flow with the worker's session and answers the new version", async () => {
    route = () => json(200, { ...bot, version: 4 });
    const body = { enabled: false, flow: bot.flow, handoverKeywords: [] };
    expect((await handlers.saveBot(body)).version).toBe(4);
    expect(calls[0].body).toEqual(body);
    expect(events).toEqual(['PUT /v1/bot']);
  });

  it("an invalid flow fails with the server's message and its problems by step", async () => {
    const problems = [{ stepId: 'end', path: ['steps', 0, 'to'], message: 'No such agent' }];
    route = () => json(400, { error: { code: 'invalid', message: 'The flow has problems', problems } });
    const failure = await handlers
      .saveBot({ enabled: true, flow: bot.flow, handoverKeywords: [] })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'invalid', message: 'The flow has problems' });
    expect(problemsFromError(failure)).toEqual(problems);
  });

  it('automations round-trip; a missing route is an honest not_found', async () => {
    const rules = {
      rules: [{ id: 'r1', enabled: true, when: 'positive', afterMinutes: 60, restartAtStepId: null, templateId: null }],
    };
    route = () => json(200, rules);
    expect(await handlers.saveAutomations(rules as never)).toEqual(rules);
    route = () => json(404, { error: { code: 'not_found', message: 'No route GET /v1/automations' } });
    await expect(handlers.getAutomations(undefined)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('availability goes out, then the copy catches up', async () => {
    route = () => new Response(null, { status: 204 });
    await handlers.setAvailability({ available: true });
    expect(calls[0].body).toEqual({ available: true });
    expect(events).toEqual(['PUT /v1/me/availability', 'pull']);
  });
});

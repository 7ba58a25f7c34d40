// The authorization matrix, walked from the OpenAPI document so a new route is covered the day it
// is declared: every route but sign-in needs a token (401), and every admin route refuses an agent
// with 403 before it looks at the body (an invalid one here), while an admin gets past the check.
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import type { AuthedEnv } from './appDeps';
import { mountApi } from './mountApi';

type Operation = { security?: Record<string, string[]>[] };
type Route = { method: string; path: string; admin: boolean; secured: boolean };

const PUBLIC = ['POST /v1/auth/login'];

/** Who may change the workspace: changing this list is a decision, not a side effect. */
const ADMIN_ROUTES = [
  'DELETE /v1/agents/{id}/sessions',
  'DELETE /v1/fields/{id}',
  'DELETE /v1/quick-replies/{id}',
  'DELETE /v1/tags/{id}',
  'DELETE /v1/templates/{id}',
  'GET /v1/automations',
  'GET /v1/bot',
  'GET /v1/campaigns',
  'GET /v1/campaigns/{id}/recipients',
  'GET /v1/dead-letters',
  'PATCH /v1/agents/{id}',
  'PATCH /v1/fields/{id}',
  'PATCH /v1/settings',
  'PATCH /v1/tags/{id}',
  'PATCH /v1/templates/{id}',
  'POST /v1/agents',
  'POST /v1/campaigns',
  'POST /v1/conversations/{id}/assign',
  'POST /v1/dead-letters/{id}/replay',
  'POST /v1/fields',
  'POST /v1/quick-replies',
  'POST /v1/tags',
  'POST /v1/templates',
  'POST /v1/templates/import',
  'PUT /v1/automations',
  'PUT /v1/bot',
  'PUT /v1/quick-replies/{id}',
];

const name = (r: Route) => `${r.method} ${r.path}`;

describe('authorization matrix', () => {
  let t: TestServer;
  let admin: SignedIn;
  let agent: SignedIn;
  let routes: Route[];

  beforeAll(async () => {
    t = await createTestServer('pglite');
    admin = await t.signIn({ role: 'admin' });
    agent = await t.signIn({ role: 'agent' });
    const doc = (await t.call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, Operation>> };
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => {
        const roles = (operation.security ?? []).flatMap((requirement) => Object.values(requirement).flat());
        return { method: method.toUpperCase(), path, admin: roles.includes('admin'), secured: !!operation.security };
      }),
    );
  });
  afterAll(() => t.close());

  /** The route with a made-up id and, where it takes one, a body no schema accepts. */
  const callAs = (route: Route, token?: string) =>
    t.call(route.method, route.path.replaceAll(/\{[^}]+\}/g, 'nope'), {
      token,
      body: ['POST', 'PUT', 'PATCH'].includes(route.method) ? '[1]' : undefined,
    });

  it('declares every /v1 route but sign-in as needing a token, and the admin routes as admin', () => {
    const v1 = routes.filter((r) => r.path.startsWith('/v1/'));
    expect(v1.length).toBeGreaterThan(ADMIN_ROUTES.length);
    expect(v1.filter((r) => !r.secured).map(name)).toEqual(PUBLIC);
    expect(
      v1
        .filter((r) => r.admin)
        .map(name)
        .sort(),
    ).toEqual(ADMIN_ROUTES);
  });

  it('answers 401 without a token on every secured route', async () => {
    for (const route of routes.filter((r) => r.secured)) {
      const result = await callAs(route);
      expect(result.status, name(route)).toBe(401);
      expect(result.body.error.code, name(route)).toBe('unauthorized');
    }
  });

  it('refuses every admin route to an agent with 403, before validating the body; an admin gets past', async () => {
    for (const route of routes.filter((r) => r.admin)) {
      const refused = await callAs(route, agent.token);
      expect(refused.status, name(route)).toBe(403);
      expect(refused.body.error.code, name(route)).toBe('forbidden');
      const allowed = await callAs(route, admin.token);
      expect([200, 400, 404], `${name(route)} as admin`).toContain(allowed.status);
    }
  });

  it('lets an agent past the checks on every other secured route', async () => {
    // Signing out would end the agent's session for the routes after it.
    const others = routes.filter((r) => r.secured && !r.admin && name(r) !== 'POST /v1/auth/logout');
    for (const route of others) {
      const result = await callAs(route, agent.token);
      expect([200, 400, 404], name(route)).toContain(result.status);
    }
  });

  it('refuses to mount a route that is not declared (it would be neither guarded nor documented)', () => {
    const router = new OpenAPIHono<AuthedEnv>();
    router.get('/hidden', (c) => c.text('oops'));
    expect(() => mountApi(new OpenAPIHono(), '/v1', [router], t.store)).toThrow(/GET \/hidden must be declared/);
  });
});

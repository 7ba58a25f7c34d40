import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing/createTestServer';
import { fakeAgentAccount } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { ensureAgent } from '../workspace/ensureAgent';
import { setAgentActive } from '../store/repos/agents';

describeOnBothDatabases('auth', (kind) => {
  let t: TestServer;
  beforeAll(async () => (t = await createTestServer(kind)));
  afterAll(() => t.close());

  it('signs in with the right password and knows who is calling', async () => {
    const input = fakeAgentAccount({ email: 'Mixed.Case@Test.Example' });
    await ensureAgent(t.store, input, t.clock.now());
    const login = await t.call('POST', '/v1/auth/login', {
      body: { email: ' mixed.case@test.example ', password: input.password },
    });
    expect(login.status).toBe(200);
    expect(login.body.agent).toMatchObject({ email: 'mixed.case@test.example', role: 'agent', active: true });
    expect(login.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await t.call('GET', '/v1/me', { token: login.body.token });
    expect(me).toEqual({ status: 200, body: { agent: login.body.agent } });
  });

  it('refuses a wrong password or an unknown email with the same clear 401', async () => {
    const input = fakeAgentAccount();
    await ensureAgent(t.store, input, t.clock.now());
    const wrong = await t.call('POST', '/v1/auth/login', { body: { email: input.email, password: 'nope' } });
    const unknown = await t.call('POST', '/v1/auth/login', {
      body: { email: 'nobody@test.example', password: 'nope' },
    });
    for (const result of [wrong, unknown]) {
      expect(result).toEqual({
        status: 401,
        body: { error: { code: 'unauthorized', message: 'Wrong email or password.' } },
      });
    }
  });

  it('refuses an inactive agent, and their existing tokens stop working', async () => {
    const { agent, token } = await t.signIn();
    await t.store.write((tx, changes) => setAgentActive(tx, changes, agent.id, false));
    const login = await t.call('POST', '/v1/auth/login', {
      body: { email: agent.email, password: fakeAgentAccount().password },
    });
    expect(login.status).toBe(401);
    expect(login.body.error.message).toMatch(/deactivated/);
    expect((await t.call('GET', '/v1/me', { token })).status).toBe(401);
  });

  it('requires a bearer token on /v1', async () => {
    for (const path of ['/v1/me', '/v1/agents', '/v1/sync', '/v1/conversations']) {
      const result = await t.call('GET', path);
      expect(result.status, path).toBe(401);
      expect(result.body.error.code).toBe('unauthorized');
    }
    expect((await t.call('GET', '/v1/me', { token: 'made-up' })).status).toBe(401);
  });

  it('logout revokes only that token', async () => {
    const { agent } = await t.signIn();
    const other = await t.call('POST', '/v1/auth/login', {
      body: { email: agent.email, password: fakeAgentAccount().password },
    });
    const first = await t.call('POST', '/v1/auth/login', {
      body: { email: agent.email, password: fakeAgentAccount().password },
    });
    expect((await t.call('POST', '/v1/auth/logout', { token: first.body.token })).status).toBe(204);
    expect((await t.call('GET', '/v1/me', { token: first.body.token })).status).toBe(401);
    expect((await t.call('GET', '/v1/me', { token: other.body.token })).status).toBe(200);
  });

  it('lists every agent to every agent', async () => {
    const { token, agent } = await t.signIn();
    const result = await t.call('GET', '/v1/agents', { token });
    expect(result.status).toBe(200);
    expect(result.body.agents.map((a: { id: string }) => a.id)).toContain(agent.id);
    expect(result.body.agents[0]).not.toHaveProperty('password_hash');
  });

  it('answers malformed input with 400 invalid naming the field, never a 500', async () => {
    const cases: [unknown, RegExp][] = [
      [{ email: 'not-an-email', password: 'x' }, /^email: /],
      [{ email: 'a@b.example' }, /^password: /],
      ['{not json', /Malformed JSON/],
      [[1, 2], /body/],
    ];
    for (const [body, message] of cases) {
      const result = await t.call('POST', '/v1/auth/login', { body });
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body.error.code).toBe('invalid');
      expect(result.body.error.message).toMatch(message);
    }
    const { token } = await t.signIn();
    const sync = await t.call('GET', '/v1/sync?since=-1', { token });
    expect(sync.status).toBe(400);
    expect(sync.body.error.message).toMatch(/^since: /);
    const wait = await t.call('GET', '/v1/sync?wait=60', { token });
    expect(wait.body.error.message).toMatch(/^wait: /);
  });

  it('answers unknown routes with a JSON 404, and serves health, CORS and the OpenAPI document', async () => {
    expect(await t.call('GET', '/v1/nothing-here')).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
    expect(await t.call('GET', '/healthz')).toEqual({ status: 200, body: { ok: true } });
    const doc = await t.call('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/auth/login',
        '/v1/sync',
        '/v1/conversations/{id}/messages',
        '/v1/messages/{id}/retry',
      ]),
    );
    expect(doc.body.components.schemas).toHaveProperty('Conversation');
    const preflight = await t.app.request('/v1/sync', {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abc',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
  });
});

// Sessions: tokens end after an idle time and at a maximum age (typed 401 `session_expired`), the
// last use is written at most once a minute, an agent sees and ends their other sessions, and an
// admin ends all of an agent's sessions.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SESSION_POLICY } from '../auth/sessionPolicy';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeAgentAccount } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

async function signInWith(t: TestServer, email: string, userAgent: string): Promise<string> {
  const response = await t.app.request('/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ email, password: fakeAgentAccount().password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

const lastUsed = async (t: TestServer, agentId: string) =>
  (
    await t.store.db.query<{ last_used_at: string }>('SELECT last_used_at FROM auth_tokens WHERE agent_id = $1', [
      agentId,
    ])
  )
    .map((row) => Number(row.last_used_at))
    .sort();

describeOnBothDatabases('sessions', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind, { config: { sessions: DEFAULT_SESSION_POLICY } });
    admin = await t.signIn({ role: 'admin' });
  });
  afterAll(() => t.close());

  it('lists my sessions with the current one marked, and ends another one but not this one', async () => {
    const { agent, token: first } = await t.signIn();
    t.clock.advance(HOUR);
    const laptop = await signInWith(t, agent.email, 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0');
    const list = await t.call('GET', '/v1/auth/sessions', { token: laptop });
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(2);
    const [current, other] = list.body.sessions;
    expect(current).toMatchObject({ current: true, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' });
    expect(current.createdAt).toBe(t.clock.now());
    expect(other).toMatchObject({ current: false, createdAt: t.clock.now() - HOUR });
    expect(JSON.stringify(list.body)).not.toContain(first);

    const refused = await t.call('DELETE', `/v1/auth/sessions/${current.id}`, { token: laptop });
    expect(refused).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    expect((await t.call('DELETE', `/v1/auth/sessions/${other.id}`, { token: laptop })).status).toBe(204);
    expect((await t.call('GET', '/v1/me', { token: first })).status).toBe(401);
    expect((await t.call('GET', '/v1/me', { token: laptop })).status).toBe(200);
  });

  it("does not let an agent see or end someone else's session", async () => {
    const ana = await t.signIn();
    const ben = await t.signIn();
    const [anas] = (await t.call('GET', '/v1/auth/sessions', { token: ana.token })).body.sessions;
    const theirs = await t.call('DELETE', `/v1/auth/sessions/${anas.id}`, { token: ben.token });
    expect(theirs).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await t.call('GET', '/v1/me', { token: ana.token })).status).toBe(200);
    const bens = (await t.call('GET', '/v1/auth/sessions', { token: ben.token })).body.sessions;
    expect(bens.map((s: { id: string }) => s.id)).not.toContain(anas.id);
  });

  it('lets an admin end every session of an agent, who stays active and can sign in again', async () => {
    const { agent, token } = await t.signIn();
    const second = await signInWith(t, agent.email, 'Another browser');
    const ended = await t.call('DELETE', `/v1/agents/${agent.id}/sessions`, { token: admin.token });
    expect(ended).toEqual({ status: 200, body: { ended: 2 } });
    for (const old of [token, second]) expect((await t.call('GET', '/v1/me', { token: old })).status).toBe(401);
    expect((await t.call('GET', '/v1/me', { token: await signInWith(t, agent.email, 'Again') })).status).toBe(200);
    expect((await t.call('DELETE', '/v1/agents/nobody/sessions', { token: admin.token })).status).toBe(404);
  });

  it('ends a session unused for the idle time with a typed 401; use keeps it alive', async () => {
    const { agent, token } = await t.signIn();
    const idle = await signInWith(t, agent.email, 'Left open at home');
    for (let day = 0; day < 3; day++) {
      t.clock.advance(6 * DAY);
      expect((await t.call('GET', '/v1/me', { token })).status).toBe(200);
    }
    const expired = await t.call('GET', '/v1/me', { token: idle });
    expect(expired).toMatchObject({ status: 401, body: { error: { code: 'session_expired' } } });
    // A new sign-in forgets the agent's expired sessions.
    const fresh = await signInWith(t, agent.email, 'Back at home');
    const sessions = (await t.call('GET', '/v1/auth/sessions', { token: fresh })).body.sessions;
    expect(sessions).toHaveLength(2);
  });

  it('ends a session at its maximum age however much it is used', async () => {
    const { token } = await t.signIn();
    for (const days of [6, 6, 6, 6, 5]) {
      t.clock.advance(days * DAY);
      expect((await t.call('GET', '/v1/me', { token })).status).toBe(200);
    }
    // Day 30.
    t.clock.advance(DAY);
    const expired = await t.call('GET', '/v1/sync', { token });
    expect(expired).toMatchObject({ status: 401, body: { error: { code: 'session_expired' } } });
  });

  it('writes the last use at most once a minute, not once per request', async () => {
    const { agent, token } = await t.signIn();
    const signedInAt = t.clock.now();
    t.clock.advance(59_000);
    for (let i = 0; i < 5; i++) await t.call('GET', '/v1/me', { token });
    expect(await lastUsed(t, agent.id)).toEqual([signedInAt]);
    t.clock.advance(1000);
    await t.call('GET', '/v1/me', { token });
    expect(await lastUsed(t, agent.id)).toEqual([signedInAt + 60_000]);
  });
});

describeOnBothDatabases('sessions with a shorter policy', (kind) => {
  let t: TestServer;
  beforeAll(async () => (t = await createTestServer(kind, { config: { sessions: { idleMs: HOUR, maxAgeMs: DAY } } })));
  afterAll(() => t.close());

  it('follows the configured idle time', async () => {
    const { token } = await t.signIn();
    t.clock.advance(HOUR - 1);
    expect((await t.call('GET', '/v1/me', { token })).status).toBe(200);
    t.clock.advance(HOUR);
    expect((await t.call('GET', '/v1/me', { token })).body.error.code).toBe('session_expired');
  });
});

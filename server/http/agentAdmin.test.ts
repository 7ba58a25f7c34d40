// Agent administration and workspace settings through the API, on both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Change } from '../../core/model';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeAgentAccount, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('agent administration', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  let agent: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin', name: 'Ada Admin' });
    agent = await t.signIn({ role: 'agent' });
  });
  afterAll(() => t.close());

  async function sync(who: SignedIn, since = 0): Promise<{ changes: Change[]; cursor: number }> {
    const result = await t.call('GET', `/v1/sync?since=${since}`, { token: who.token });
    expect(result.status).toBe(200);
    return result.body;
  }

  async function invite(role: 'admin' | 'agent' = 'agent') {
    const input = fakeAgentAccount({ role });
    const result = await t.call('POST', '/v1/agents', {
      token: admin.token,
      body: { email: input.email, name: input.name, role },
    });
    expect(result.status).toBe(201);
    const login = await t.call('POST', '/v1/auth/login', {
      body: { email: input.email, password: result.body.temporaryPassword },
    });
    expect(login.status).toBe(200);
    return { agent: result.body.agent, token: login.body.token as string } satisfies SignedIn;
  }

  it('refuses every admin route to an agent with 403 forbidden, and changes nothing', async () => {
    const calls: [string, string, unknown][] = [
      ['POST', '/v1/agents', { email: 'sneaky@test.example', name: 'Sneaky', role: 'admin' }],
      ['PATCH', `/v1/agents/${agent.agent.id}`, { role: 'admin' }],
      ['PATCH', `/v1/agents/${admin.agent.id}`, { active: false }],
      ['PATCH', '/v1/settings', { autoCloseDays: 5 }],
    ];
    for (const [method, path, body] of calls) {
      const result = await t.call(method, path, { token: agent.token, body });
      expect(result.status, `${method} ${path}`).toBe(403);
      expect(result.body.error.code).toBe('forbidden');
    }
    const agents = (await t.call('GET', '/v1/agents', { token: agent.token })).body.agents;
    expect(agents.map((a: { email: string }) => a.email)).not.toContain('sneaky@test.example');
    expect(agents.find((a: { id: string }) => a.id === agent.agent.id).role).toBe('agent');
    expect((await t.call('GET', '/v1/settings', { token: agent.token })).body.settings.autoCloseDays).toBe(23);
  });

  it('requires a token on the admin routes (401 before 403)', async () => {
    expect(
      (await t.call('POST', '/v1/agents', { body: { email: 'x@test.example', name: 'X', role: 'agent' } })).status,
    ).toBe(401);
    expect((await t.call('PATCH', '/v1/settings', { body: { autoCloseDays: 5 } })).status).toBe(401);
  });

  it('invites an agent with a readable temporary password that signs them in; a second invite of the email is 409', async () => {
    const result = await t.call('POST', '/v1/agents', {
      token: admin.token,
      body: { email: ' New.Person@Test.Example ', name: 'New Person', role: 'agent' },
    });
    expect(result.status).toBe(201);
    expect(result.body.agent).toMatchObject({
      email: 'new.person@test.example',
      name: 'New Person',
      role: 'agent',
      active: true,
    });
    expect(result.body.temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

    const login = await t.call('POST', '/v1/auth/login', {
      body: { email: 'new.person@test.example', password: result.body.temporaryPassword },
    });
    expect(login.status).toBe(200);
    expect(login.body.agent.id).toBe(result.body.agent.id);

    const again = await t.call('POST', '/v1/agents', {
      token: admin.token,
      body: { email: 'NEW.person@test.example', name: 'Twin', role: 'admin' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict' });
    expect(again.body.error.message).toMatch(/new\.person@test\.example already exists/);
  });

  it('names the field of a malformed invite or change', async () => {
    const bad = await t.call('POST', '/v1/agents', {
      token: admin.token,
      body: { email: 'nope', name: 'X', role: 'agent' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^email: /);
    const role = await t.call('POST', '/v1/agents', {
      token: admin.token,
      body: { email: 'r@test.example', name: 'R', role: 'boss' },
    });
    expect(role.body.error.message).toMatch(/^role: /);
    const empty = await t.call('PATCH', `/v1/agents/${agent.agent.id}`, { token: admin.token, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/at least one of name, role, active/);
    const missing = await t.call('PATCH', '/v1/agents/no-such-agent', { token: admin.token, body: { name: 'X' } });
    expect(missing.status).toBe(404);
  });

  it('renames an agent without signing them out, and every agent syncs the change', async () => {
    const target = await invite();
    const cursor = (await sync(agent)).cursor;
    const result = await t.call('PATCH', `/v1/agents/${target.agent.id}`, {
      token: admin.token,
      body: { name: 'Renamed' },
    });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ agent: { ...target.agent, name: 'Renamed' }, returnedToNew: 0 });
    expect((await t.call('GET', '/v1/me', { token: target.token })).status).toBe(200);
    const { changes } = await sync(agent, cursor);
    expect(changes.find((c) => c.type === 'agent' && c.data.id === target.agent.id)?.data).toMatchObject({
      name: 'Renamed',
    });
  });

  it("deactivating revokes the agent's tokens at once and returns their open conversations to New", async () => {
    const target = await invite();
    const event = fakeInboundMessage({ text: 'order for the leaver', timestamp: t.clock.now() });
    await t.ingest(event);
    const id = (await t.call('GET', '/v1/conversations?q=leaver', { token: admin.token })).body.conversations[0].id;
    expect((await t.call('POST', `/v1/conversations/${id}/accept`, { token: target.token })).status).toBe(200);
    const cursor = (await sync(agent)).cursor;

    const result = await t.call('PATCH', `/v1/agents/${target.agent.id}`, {
      token: admin.token,
      body: { active: false },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ agent: { active: false }, returnedToNew: 1 });

    const next = await t.call('GET', '/v1/me', { token: target.token });
    expect(next.status).toBe(401);
    // Back in New: every agent receives it again and may take it.
    const { changes } = await sync(agent, cursor);
    expect(changes.find((c) => c.type === 'conversation' && c.data.id === id)?.data).toMatchObject({
      assigneeId: null,
      status: 'open',
    });
    expect((await t.call('POST', `/v1/conversations/${id}/accept`, { token: agent.token })).status).toBe(200);

    const login = await t.call('POST', '/v1/auth/login', { body: { email: target.agent.email, password: 'whatever' } });
    expect(login.status).toBe(401);
  });

  it('reactivates: the agent signs in again with their password', async () => {
    const input = fakeAgentAccount();
    const created = await t.call('POST', '/v1/agents', {
      token: admin.token,
      body: { email: input.email, name: input.name, role: 'agent' },
    });
    const { id } = created.body.agent;
    await t.call('PATCH', `/v1/agents/${id}`, { token: admin.token, body: { active: false } });
    const back = await t.call('PATCH', `/v1/agents/${id}`, { token: admin.token, body: { active: true } });
    expect(back.body.agent.active).toBe(true);
    const login = await t.call('POST', '/v1/auth/login', {
      body: { email: input.email, password: created.body.temporaryPassword },
    });
    expect(login.status).toBe(200);
  });

  it('a role change signs the agent out, so their copy is rebuilt for the new role', async () => {
    const target = await invite();
    const result = await t.call('PATCH', `/v1/agents/${target.agent.id}`, {
      token: admin.token,
      body: { role: 'admin' },
    });
    expect(result.body.agent.role).toBe('admin');
    expect((await t.call('GET', '/v1/me', { token: target.token })).status).toBe(401);
    // Sending the role an agent already has is no change: their session stays.
    expect(
      (await t.call('PATCH', `/v1/agents/${agent.agent.id}`, { token: admin.token, body: { role: 'agent' } })).status,
    ).toBe(200);
    expect((await t.call('GET', '/v1/me', { token: agent.token })).status).toBe(200);
  });

  it('keeps the last active admin: no self-demotion or self-deactivation, with a clear 409', async () => {
    const t2 = await createTestServer(kind);
    try {
      const only = await t2.signIn({ role: 'admin' });
      for (const body of [{ active: false }, { role: 'agent' }]) {
        const result = await t2.call('PATCH', `/v1/agents/${only.agent.id}`, { token: only.token, body });
        expect(result.status).toBe(409);
        expect(result.body.error).toEqual({
          code: 'conflict',
          message: 'You are the last active admin: make another agent an admin first.',
        });
      }
      expect((await t2.call('GET', '/v1/me', { token: only.token })).body.agent).toMatchObject({
        role: 'admin',
        active: true,
      });

      // With a second admin, one of them may step down; then the other is the last.
      const second = await t2.signIn({ role: 'admin', name: 'Second' });
      expect(
        (await t2.call('PATCH', `/v1/agents/${second.agent.id}`, { token: only.token, body: { role: 'agent' } }))
          .status,
      ).toBe(200);
      const last = await t2.call('PATCH', `/v1/agents/${only.agent.id}`, {
        token: only.token,
        body: { active: false },
      });
      expect(last.status).toBe(409);
    } finally {
      await t2.close();
    }
  });
});

// The defaults of the AI switches and the page-context ones.
const AI_OFF = {
  summaryAndSuggestions: false,
  transcribeVoiceNotes: false,
  botAnswersVoiceNotes: false,
  botPrompt: '',
  workspaceLanguage: 'en',
  pageContext: true,
  defaultCountry: null,
};

describeOnBothDatabases('workspace settings', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  let agent: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    agent = await t.signIn({ role: 'agent' });
  });
  afterAll(() => t.close());

  it('every agent reads the settings', async () => {
    const result = await t.call('GET', '/v1/settings', { token: agent.token });
    expect(result).toEqual({
      status: 200,
      body: {
        settings: { id: 'workspace', defaultLayout: 'classic', autoCloseDays: 23, ...AI_OFF },
        ai: { chat: { kind: 'none' }, transcription: { kind: 'none' } },
      },
    });
  });

  it('an admin changes them and an agent receives them through sync', async () => {
    const cursor = (await t.call('GET', '/v1/sync?since=0', { token: agent.token })).body.cursor;
    const result = await t.call('PATCH', '/v1/settings', { token: admin.token, body: { defaultLayout: 'beta' } });
    expect(result.body.settings).toEqual({ id: 'workspace', defaultLayout: 'beta', autoCloseDays: 23, ...AI_OFF });
    const both = await t.call('PATCH', '/v1/settings', { token: admin.token, body: { autoCloseDays: 7 } });
    expect(both.body.settings).toEqual({ id: 'workspace', defaultLayout: 'beta', autoCloseDays: 7, ...AI_OFF });

    const synced = await t.call('GET', `/v1/sync?since=${cursor}`, { token: agent.token });
    const settings = (synced.body.changes as Change[]).filter((c) => c.type === 'settings');
    expect(settings.map((c) => c.data)).toEqual([
      { id: 'workspace', defaultLayout: 'beta', autoCloseDays: 7, ...AI_OFF },
    ]);
  });

  it('refuses bad values with 400 invalid naming the field, and keeps the old ones', async () => {
    const cases: [unknown, RegExp][] = [
      [{ autoCloseDays: 0 }, /^autoCloseDays: /],
      [{ autoCloseDays: 366 }, /^autoCloseDays: /],
      [{ autoCloseDays: 2.5 }, /^autoCloseDays: /],
      [{ defaultLayout: 'grid' }, /^defaultLayout: /],
      [{}, /at least one setting/],
    ];
    const before = (await t.call('GET', '/v1/settings', { token: admin.token })).body.settings;
    for (const [body, message] of cases) {
      const result = await t.call('PATCH', '/v1/settings', { token: admin.token, body });
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body.error.code).toBe('invalid');
      expect(result.body.error.message).toMatch(message);
    }
    expect((await t.call('GET', '/v1/settings', { token: admin.token })).body.settings).toEqual(before);
  });
});

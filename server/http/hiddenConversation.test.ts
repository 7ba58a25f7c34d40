// A conversation an agent may not see is, for every action, exactly what a missing id is: the same
// 404 and the same words, so no answer confirms that it exists. Walked from the OpenAPI document,
// so a conversation action added later is covered the day it is declared.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { takenBy } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';

type Operation = { security?: Record<string, string[]>[] };

/** A valid body for each action, so the request reaches the visibility check. */
const BODIES: Record<string, unknown> = {
  'POST /v1/conversations/{id}/messages': { clientId: 'client-id-0001', text: 'Hello' },
  'POST /v1/conversations/{id}/notes': { text: 'A note' },
  'POST /v1/conversations/{id}/close': { type: 'positive' },
  'POST /v1/conversations/{id}/transfer': { agentId: null },
  'POST /v1/conversations/{id}/suggestions': { exclude: [] },
  'PUT /v1/contacts/{id}/fields': { values: {} },
};

describeOnBothDatabases('a conversation the agent may not see', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  let owner: SignedIn;
  let other: SignedIn;
  let routes: { method: string; path: string }[];

  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    owner = await t.signIn();
    other = await t.signIn();
    const doc = (await t.call('GET', '/openapi.json')).body as { paths: Record<string, Record<string, Operation>> };
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => !(op.security ?? []).some((r) => Object.values(r).flat().includes('admin')))
        .map(([method]) => ({ method: method.toUpperCase(), path })),
    );
  });
  afterAll(() => t.close());

  it('answers every conversation and customer action as it answers a missing id', async () => {
    const id = await takenBy(t, admin, owner, 'hidden from a colleague');
    const { conversation } = (await t.call('GET', `/v1/conversations/${id}`, { token: admin.token })).body;
    const tag = (await t.call('POST', '/v1/tags', { token: admin.token, body: { name: 'vip', color: '#4f46e5' } })).body
      .tag;
    // Long after the take: the colleague has not seen it in New for a while.
    t.clock.advance(60 * 60_000);

    const walked = routes.filter((r) => /^\/v1\/(conversations|contacts)\/\{id\}/.test(r.path));
    expect(walked.length).toBeGreaterThanOrEqual(14);
    for (const route of walked) {
      const target = route.path.startsWith('/v1/contacts') ? conversation.contactId : id;
      const url = (of: string) => route.path.replace('{id}', of).replace('{tagId}', tag.id);
      const options = { token: other.token, body: BODIES[`${route.method} ${route.path}`] };
      const hidden = await t.call(route.method, url(target), options);
      const missing = await t.call(route.method, url('no-such-id'), options);
      expect(missing.status, `${route.method} ${route.path}`).toBe(404);
      expect(hidden, `${route.method} ${route.path}`).toEqual(missing);
    }
    // Nothing happened to it.
    const after = (await t.call('GET', `/v1/conversations/${id}`, { token: owner.token })).body.conversation;
    expect(after).toMatchObject({ status: 'open', assigneeId: owner.agent.id });
  });

  it('still tells a colleague who took it a moment before (everyone saw it in New)', async () => {
    const id = await takenBy(t, admin, owner, 'taken a moment ago');
    t.clock.advance(30_000);
    const late = await t.call('POST', `/v1/conversations/${id}/accept`, { token: other.token });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain(owner.agent.name);
  });

  it('lets an agent who may see it learn why they cannot act', async () => {
    const id = await takenBy(t, admin, owner, 'visible but not theirs');
    const closed = await t.call('POST', `/v1/conversations/${id}/close`, {
      token: owner.token,
      body: { type: 'positive' },
    });
    expect(closed.status).toBe(200);
    const again = await t.call('POST', `/v1/conversations/${id}/close`, {
      token: owner.token,
      body: { type: 'negative' },
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
  });
});

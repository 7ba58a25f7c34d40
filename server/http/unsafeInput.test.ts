// Text SQL cannot hold never reaches it from /v1: NUL or a lone surrogate in a path id, a query
// value or anywhere in a JSON body is a 400 `invalid` naming the field (it was a 500). Bodies past
// the limit are a 413 `too_large`, refused before they are parsed.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { takenBy } from '../testing/lifecycleHelpers';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { API_MAX_BYTES } from './apiBodyLimit';

describeOnBothDatabases('unsafe input on /v1', (kind) => {
  let t: TestServer;
  let admin: SignedIn, ana: SignedIn;
  let conversationId: string;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn();
    conversationId = await takenBy(t, admin, ana, 'hello');
  });
  afterAll(() => t.close());

  const expectRefused = (result: { status: number; body: any }, field: string, where: string) => {
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('invalid');
    expect(result.body.error.message).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')}: .*\\(in the ${where}\\)$`));
  };

  it('refuses NUL in a path id on every kind of {id} route', async () => {
    for (const [method, path] of [
      ['GET', '/v1/conversations/%00'],
      ['GET', '/v1/conversations/a%00b/messages'],
      ['POST', '/v1/conversations/%00/accept'],
      ['GET', '/v1/media/%00'],
      ['POST', '/v1/messages/%00/retry'],
      ['GET', '/v1/contacts/%00/conversations'],
    ]) {
      expectRefused(await t.call(method, path, { token: ana.token }), 'id', 'path');
    }
    expectRefused(await t.call('DELETE', '/v1/tags/%00', { token: admin.token }), 'id', 'path');
  });

  it('refuses NUL in query values: search, tag filter, cursor', async () => {
    expectRefused(await t.call('GET', '/v1/search?q=a%00', { token: ana.token }), 'q', 'query');
    expectRefused(await t.call('GET', '/v1/conversations?tag=%00', { token: ana.token }), 'tag', 'query');
    expectRefused(await t.call('GET', '/v1/conversations?q=x%00y', { token: ana.token }), 'q', 'query');
    expectRefused(await t.call('GET', '/v1/conversations?cursor=1:%00', { token: ana.token }), 'cursor', 'query');
  });

  it('refuses NUL and lone surrogates anywhere in a JSON body, naming the field', async () => {
    const id = conversationId;
    const cases: [string, string, SignedIn, unknown, string][] = [
      ['POST', `/v1/conversations/${id}/notes`, ana, { text: 'call\u0000 back' }, 'text'],
      ['POST', `/v1/conversations/${id}/notes`, ana, { text: 'ok', clientId: 'client-\u0000-1' }, 'clientId'],
      ['POST', `/v1/conversations/${id}/messages`, ana, { clientId: 'client-0001', text: 'hi \ud800' }, 'text'],
      ['POST', '/v1/tags', admin, { name: 'vip\udc00', color: '#112233' }, 'name'],
      ['POST', '/v1/agents', admin, { name: 'Bo\u0000', email: 'bo@example.com', role: 'agent' }, 'name'],
      ['POST', '/v1/campaigns', admin, { templateId: '\u0000', params: [], recipients: ['+15550001'] }, 'templateId'],
      ['POST', '/v1/campaigns', admin, { templateId: 't', params: ['a', 'b\u0000'], recipients: ['1'] }, 'params.1'],
      ['POST', '/v1/quick-replies', admin, { title: 'x', text: 'y', ['ta\u0000gs']: [] }, 'ta\u0000gs'],
    ];
    for (const [method, path, who, body, field] of cases) {
      expectRefused(await t.call(method, path, { token: who.token, body }), field, 'body');
    }
  });

  it('refuses a template body with NUL', async () => {
    const result = await t.call('POST', '/v1/templates', {
      token: admin.token,
      body: { name: 'hello_world', language: 'en', category: 'utility', body: 'Hi {{1}}\u0000' },
    });
    expectRefused(result, 'body', 'body');
  });

  it('still stores ordinary text, emoji (surrogate pairs) included', async () => {
    const result = await t.call('POST', `/v1/conversations/${conversationId}/notes`, {
      token: ana.token,
      body: { text: 'VIP 🎉 ñ' },
    });
    expect(result.status).toBe(201);
    expect(result.body.note.text).toBe('VIP 🎉 ñ');
  });

  it('answers 400, not 500, for a body nested far deeper than any schema', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = await t.call('POST', `/v1/conversations/${conversationId}/notes`, { token: ana.token, body: deep });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('invalid');
  });

  it('refuses a body past the limit with 413 too_large before reading it, sign-in included', async () => {
    const huge = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(API_MAX_BYTES) });
    const login = await t.call('POST', '/v1/auth/login', { body: huge });
    expect(login.status).toBe(413);
    expect(login.body.error.code).toBe('too_large');
    const note = await t.call('POST', `/v1/conversations/${conversationId}/notes`, {
      token: ana.token,
      body: { text: 'y'.repeat(API_MAX_BYTES) },
    });
    expect(note.status).toBe(413);
  });
});

// Templates: admin-only catalog, sends outside the window with Meta's payload, Outgoing until the
// customer answers, parameter checks, and import from the simulator's Graph stand-in.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { HOUR } from '../../core/replyWindow';
import { inboxOf } from '../../core/inbox';
import { whatsappSendBody } from '../channels/whatsapp/sendWhatsappMessage';
import { fixture } from '../channels/meta/testFixtures';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeClientId, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

const ORDER_UPDATE = {
  name: 'order_update',
  language: 'en_US',
  category: 'utility',
  body: 'Hi {{1}}, your order {{2}} is on its way.',
};

describeOnBothDatabases('templates', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  let ana: SignedIn;
  let orderUpdate: { id: string };

  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin', name: 'Alex' });
    ana = await t.signIn({ name: 'Ana' });
    orderUpdate = (await t.call('POST', '/v1/templates', { token: admin.token, body: ORDER_UPDATE })).body.template;
  });
  afterAll(() => t.close());
  beforeEach(() => void (t.adapter.sends.length = 0));

  async function takenConversation(): Promise<{ id: string; customer: string }> {
    const event = fakeInboundMessage({ timestamp: t.clock.now() });
    await t.ingest(event);
    const id = (await t.call('GET', `/v1/conversations?q=${encodeURIComponent(event.text)}`, { token: ana.token })).body
      .conversations[0].id;
    await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token });
    return { id, customer: event.contact.externalId };
  }
  const conversation = async (id: string) =>
    (await t.call('GET', '/v1/conversations?limit=500', { token: ana.token })).body.conversations.find(
      (c: { id: string }) => c.id === id,
    );
  const sendTemplate = (id: string, params: string[], templateId = orderUpdate.id, clientId = fakeClientId()) =>
    t.call('POST', `/v1/conversations/${id}/messages`, {
      token: ana.token,
      body: { clientId, template: { templateId, params } },
    });

  it('admins declare, change and delete templates; the parameter count is derived from the body', async () => {
    expect(orderUpdate).toMatchObject({ ...ORDER_UPDATE, paramCount: 2 });
    const created = await t.call('POST', '/v1/templates', {
      token: admin.token,
      body: { ...ORDER_UPDATE, name: 'tmp_one', body: 'Plain' },
    });
    expect(created.status).toBe(201);
    expect(created.body.template.paramCount).toBe(0);
    const patched = await t.call('PATCH', `/v1/templates/${created.body.template.id}`, {
      token: admin.token,
      body: { body: 'Now {{1}}' },
    });
    expect(patched.body.template).toMatchObject({ name: 'tmp_one', paramCount: 1, body: 'Now {{1}}' });
    expect((await t.call('DELETE', `/v1/templates/${created.body.template.id}`, { token: admin.token })).status).toBe(
      204,
    );
    const names = (await t.call('GET', '/v1/templates', { token: ana.token })).body.templates.map(
      (x: { name: string }) => x.name,
    );
    expect(names).toEqual(['order_update']);
  });

  it('agents may list but not change templates (403 on every admin route)', async () => {
    expect(
      (await t.call('POST', '/v1/templates', { token: ana.token, body: { ...ORDER_UPDATE, name: 'x_1' } })).status,
    ).toBe(403);
    expect(
      (await t.call('PATCH', `/v1/templates/${orderUpdate.id}`, { token: ana.token, body: { body: 'x' } })).status,
    ).toBe(403);
    expect((await t.call('DELETE', `/v1/templates/${orderUpdate.id}`, { token: ana.token })).status).toBe(403);
    const imported = await t.call('POST', '/v1/templates/import', { token: ana.token, body: {} });
    expect(imported.status).toBe(403);
    expect(imported.body.error.code).toBe('forbidden');
  });

  it('refuses bad names, gapped parameters and duplicates, naming the field', async () => {
    const badName = await t.call('POST', '/v1/templates', {
      token: admin.token,
      body: { ...ORDER_UPDATE, name: 'Order Update' },
    });
    expect(badName.status).toBe(400);
    expect(badName.body.error.message).toMatch(/^name: /);
    const gap = await t.call('POST', '/v1/templates', {
      token: admin.token,
      body: { ...ORDER_UPDATE, name: 'gapped', body: 'Hi {{1}} {{3}}' },
    });
    expect(gap.body.error).toEqual({
      code: 'invalid',
      message: 'body: {{2}} is missing: parameters must be numbered {{1}} to {{3}} without gaps',
    });
    const dup = await t.call('POST', '/v1/templates', { token: admin.token, body: ORDER_UPDATE });
    expect(dup.status).toBe(409);
  });

  it('outside the window a text is refused (409 window_closed) but a template goes out with its rendered text', async () => {
    const { id, customer } = await takenConversation();
    t.clock.advance(48 * HOUR);
    const text = await t.call('POST', `/v1/conversations/${id}/messages`, {
      token: ana.token,
      body: { clientId: fakeClientId(), text: 'Hello?' },
    });
    expect(text.status).toBe(409);
    expect(text.body.error.code).toBe('window_closed');

    const sent = await sendTemplate(id, ['Sheena', '#1234']);
    expect(sent.status).toBe(201);
    expect(sent.body.message).toMatchObject({
      kind: 'template',
      status: 'sent',
      author: 'agent',
      text: 'Hi Sheena, your order #1234 is on its way.',
    });
    expect(t.adapter.sends).toHaveLength(1);
    const { message, to } = t.adapter.sends[0];
    expect(message).toEqual({
      kind: 'template',
      name: 'order_update',
      language: 'en_US',
      params: ['Sheena', '#1234'],
      text: 'Hi Sheena, your order #1234 is on its way.',
    });
    // On the wire: exactly Meta's documented template request for these values.
    const documented = fixture('whatsapp-send-template-positional-request.json');
    documented.template.components = documented.template.components.filter((c: { type: string }) => c.type === 'body');
    expect(whatsappSendBody('16505551234', message)).toEqual(documented);
    expect(to).toBe(customer);
  });

  it('a template puts the conversation in Outgoing; the customer’s reply clears it and it is Active again', async () => {
    const { id, customer } = await takenConversation();
    t.clock.advance(30 * HOUR);
    expect(inboxOf(await conversation(id), ana.agent, 'beta', t.clock.now())).toBe('expired');
    await sendTemplate(id, ['Ana', '#9']);
    const outgoing = await conversation(id);
    expect(outgoing.outgoingSince).toBe(t.clock.now());
    expect(outgoing.lastMessagePreview).toBe('Hi Ana, your order #9 is on its way.');
    expect(inboxOf(outgoing, ana.agent, 'beta', t.clock.now())).toBe('outgoing');

    t.clock.advance(HOUR);
    await t.ingest(
      fakeInboundMessage({
        contact: { externalId: customer, name: 'Customer', phone: customer },
        timestamp: t.clock.now() - 1000,
      }),
    );
    const answered = await conversation(id);
    expect(answered.outgoingSince).toBeNull();
    expect(inboxOf(answered, ana.agent, 'beta', t.clock.now())).toBe('active');
  });

  it('the wrong number of parameters is a 400 naming params; nothing is stored or sent', async () => {
    const { id } = await takenConversation();
    const few = await sendTemplate(id, ['only one']);
    expect(few.status).toBe(400);
    expect(few.body.error).toEqual({
      code: 'invalid',
      message: 'template.params: expected 2 parameters, got 1 for "order_update".',
    });
    const blank = await sendTemplate(id, ['Ana', ' ']);
    expect(blank.body.error.message).toBe('template.params: {{2}} is empty for "order_update".');
    const unknown = await sendTemplate(id, [], 'no-such-template');
    expect(unknown.body.error.message).toMatch(/^template\.templateId: /);
    const malformed = await t.call('POST', `/v1/conversations/${id}/messages`, {
      token: ana.token,
      body: { clientId: fakeClientId(), template: { templateId: orderUpdate.id } },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/^template\.params: /);
    expect(t.adapter.sends).toHaveLength(0);
    expect((await conversation(id)).outgoingSince).toBeNull();
  });

  it('a repeated clientId sends the template once; a failed template is retried as the same template', async () => {
    const { id } = await takenConversation();
    const clientId = fakeClientId();
    t.adapter.script(new Error('connect ECONNREFUSED'));
    const failed = await sendTemplate(id, ['A', 'B'], orderUpdate.id, clientId);
    expect(failed.body.message.status).toBe('failed');
    expect((await sendTemplate(id, ['A', 'B'], orderUpdate.id, clientId)).status).toBe(200);
    t.clock.advance(40 * HOUR); // a template retry needs no window
    const retry = await t.call('POST', `/v1/messages/${failed.body.message.id}/retry`, { token: ana.token });
    expect(retry.status).toBe(201);
    expect(t.adapter.sends.map((s) => s.message)).toEqual([
      expect.objectContaining({ kind: 'template', name: 'order_update', params: ['A', 'B'] }),
      expect.objectContaining({ kind: 'template', name: 'order_update', params: ['A', 'B'] }),
    ]);
  });

  it('a template change reaches every agent through sync; a deletion is a removal', async () => {
    const { body } = await t.call('GET', '/v1/sync?since=0&limit=1000', { token: ana.token });
    expect(body.changes.filter((c: { type: string }) => c.type === 'template').map((c: any) => c.data.name)).toContain(
      'order_update',
    );
    const extra = (
      await t.call('POST', '/v1/templates', { token: admin.token, body: { ...ORDER_UPDATE, name: 'short_lived' } })
    ).body.template;
    await t.call('DELETE', `/v1/templates/${extra.id}`, { token: admin.token });
    const after = (await t.call('GET', `/v1/sync?since=${body.cursor}&limit=1000`, { token: ana.token })).body;
    expect(after.changes).toContainEqual(
      expect.objectContaining({ type: 'remove', data: { entity: 'template', id: extra.id } }),
    );
  });
});

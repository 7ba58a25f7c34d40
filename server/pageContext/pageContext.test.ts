// Page context on the server: the match route finds customers by the normalised phone digits and
// emails the extension sends (stored phone, WhatsApp id, an information field holding the email),
// only those the caller may read, best first; the admin's switch turns it off; a template starts a
// conversation with a number nobody has written from, once per clientId.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeClientId, fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('page context', (kind) => {
  let t: TestServer;
  let admin: SignedIn, ana: SignedIn, ben: SignedIn;
  let template: { id: string };
  const lucia = fakeCustomer({ name: 'Lucía Gómez', phone: '+57 300 123 4567', externalId: '573001234567' });
  const pedro = fakeCustomer({ name: 'Pedro Ruiz', phone: '573105550000', externalId: '573105550000' });
  let luciaConversation: string;

  const match = (who: SignedIn, body: unknown) => t.call('POST', '/v1/contacts/match', { token: who.token, body });
  const names = (result: { body: { matches: { contact: { name: string } }[] } }) =>
    result.body.matches.map((m) => m.contact.name);

  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
    template = (
      await t.call('POST', '/v1/templates', {
        token: admin.token,
        body: { name: 'hello', language: 'es', category: 'utility', body: 'Hola {{1}}, te escribimos de la tienda.' },
      })
    ).body.template;
    await t.ingest(fakeInboundMessage({ contact: lucia, text: 'hola', timestamp: t.clock.now() }));
    await t.ingest(fakeInboundMessage({ contact: pedro, text: 'buenas', timestamp: t.clock.now() + 1000 }));
    const list = (await t.call('GET', '/v1/conversations', { token: admin.token })).body.conversations;
    luciaConversation = list.find((c: { contactName: string }) => c.contactName === 'Lucía Gómez').id;
    const pedroConversation = list.find((c: { contactName: string }) => c.contactName === 'Pedro Ruiz').id;
    await t.call('POST', `/v1/conversations/${luciaConversation}/accept`, { token: ana.token });
    await t.call('POST', `/v1/conversations/${pedroConversation}/accept`, { token: ben.token });
    // Pedro's email lives in an information field, as a CRM's would.
    await t.call('POST', '/v1/fields', { token: admin.token, body: { key: 'email', label: 'Email', type: 'text' } });
    const pedroId = list.find((c: { contactName: string }) => c.contactName === 'Pedro Ruiz').contactId;
    const set = await t.call('PUT', `/v1/contacts/${pedroId}/fields`, {
      token: ben.token,
      body: { values: { email: 'Pedro.Ruiz@Example.com' } },
    });
    expect(set.status).toBe(200);
  });
  afterAll(() => t.close());

  it('finds a customer by the digits of a stored phone written with spaces and a +', async () => {
    const result = await match(ana, { phones: ['573001234567'] });
    expect(result.status).toBe(200);
    expect(result.body.matches).toHaveLength(1);
    expect(result.body.matches[0]).toMatchObject({
      contact: { name: 'Lucía Gómez' },
      matched: ['573001234567'],
      current: { id: luciaConversation },
      latest: { id: luciaConversation },
      conversationCount: 1,
    });
  });

  it('leaves out customers the caller may not read, and matches an email held in a field, ignoring case', async () => {
    const body = { phones: ['573001234567', '573105550000'], emails: ['pedro.ruiz@example.com'] };
    expect(names(await match(ana, body))).toEqual(['Lucía Gómez']);
    expect(names(await match(ben, body))).toEqual(['Pedro Ruiz']);
    // The admin reads all: Pedro is named twice on the page (phone and email), so he comes first.
    const all = await match(admin, body);
    expect(names(all)).toEqual(['Pedro Ruiz', 'Lucía Gómez']);
    expect(all.body.matches[0].matched.sort()).toEqual(['573105550000', 'pedro.ruiz@example.com']);
  });

  it('refuses page text: only normalised digits and emails are accepted', async () => {
    expect((await match(ana, { phones: ['+57 300 123 4567'] })).status).toBe(400);
    expect((await match(ana, { phones: ['4512'] })).status).toBe(400);
    expect((await match(ana, { phones: [], emails: [] })).status).toBe(400);
    expect((await match(ana, { emails: ['not an email'] })).status).toBe(400);
  });

  it("is refused while the admin has page context off, and works again once it's back on", async () => {
    const off = await t.call('PATCH', '/v1/settings', { token: admin.token, body: { pageContext: false } });
    expect(off.body.settings.pageContext).toBe(false);
    const refused = await match(ana, { phones: ['573001234567'] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('feature_off');
    await t.call('PATCH', '/v1/settings', { token: admin.token, body: { pageContext: true } });
    expect((await match(ana, { phones: ['573001234567'] })).status).toBe(200);
  });

  it('keeps the default country an admin sets, and clears it with null', async () => {
    const set = await t.call('PATCH', '/v1/settings', { token: admin.token, body: { defaultCountry: 'CO' } });
    expect(set.body.settings.defaultCountry).toBe('CO');
    const other = await t.call('PATCH', '/v1/settings', { token: admin.token, body: { autoCloseDays: 20 } });
    expect(other.body.settings.defaultCountry).toBe('CO');
    expect((await t.call('PATCH', '/v1/settings', { token: admin.token, body: { defaultCountry: 'co' } })).status).toBe(
      400,
    );
    const cleared = await t.call('PATCH', '/v1/settings', { token: admin.token, body: { defaultCountry: null } });
    expect(cleared.body.settings.defaultCountry).toBeNull();
  });

  it('starts a conversation with an unknown number: a template goes out, the conversation is the sender’s, once', async () => {
    const body = {
      clientId: fakeClientId(),
      phone: '573009998877',
      template: { templateId: template.id, params: ['Sofía'] },
    };
    const started = await t.call('POST', '/v1/conversations', { token: ana.token, body });
    expect(started.status).toBe(201);
    expect(started.body.conversation).toMatchObject({ assigneeId: ana.agent.id, status: 'open', channel: 'whatsapp' });
    expect(started.body.conversation.outgoingSince).not.toBeNull();
    expect(started.body.message.text).toBe('Hola Sofía, te escribimos de la tienda.');
    expect(t.adapter.sends.filter((s) => s.to === '573009998877')).toHaveLength(1);
    const again = await t.call('POST', '/v1/conversations', { token: ana.token, body });
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(started.body.message.id);
    expect(t.adapter.sends.filter((s) => s.to === '573009998877')).toHaveLength(1);
    // Now the number is a customer Ana may read.
    expect((await match(ana, { phones: ['573009998877'] })).body.matches[0].current.id).toBe(
      started.body.conversation.id,
    );
  });

  it('does not take a customer whose open conversation another agent handles', async () => {
    const body = {
      clientId: fakeClientId(),
      phone: '573105550000',
      template: { templateId: template.id, params: ['Pedro'] },
    };
    const refused = await t.call('POST', '/v1/conversations', { token: ana.token, body });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    expect(t.adapter.sends.filter((s) => s.to === '573105550000')).toHaveLength(0);
  });
});

// A customer who comes back: whoever has the new conversation reads the earlier ones (closed, other
// agents'), read-only; an agent finds the conversations they answered after a transfer and a close;
// phone numbers are found however they are typed; search pages instead of cutting off.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('customer history and search', (kind) => {
  let t: TestServer;
  let ana: SignedIn, ben: SignedIn, carl: SignedIn, admin: SignedIn;
  let firstId: string, secondId: string;
  const rosa = fakeCustomer({ name: 'Rosa Quintana', phone: '5491140001234', externalId: '5491140001234' });

  const findId = async (q: string) =>
    (await t.call('GET', `/v1/search?q=${encodeURIComponent(q)}`, { token: admin.token })).body.conversations[0].id;
  const search = async (who: SignedIn, q: string) =>
    (await t.call('GET', `/v1/search?q=${encodeURIComponent(q)}`, { token: who.token })).body.conversations.map(
      (c: { id: string }) => c.id,
    );

  beforeAll(async () => {
    t = await createTestServer(kind);
    [ana, ben, carl, admin] = [
      await t.signIn({ name: 'Ana' }),
      await t.signIn({ name: 'Ben' }),
      await t.signIn({ name: 'Carl' }),
      await t.signIn({ role: 'admin' }),
    ];
    // Ana answers Rosa, hands her to Ben, Ben closes.
    await t.ingest(fakeInboundMessage({ contact: rosa, text: 'where is my order?', timestamp: t.clock.now() }));
    firstId = await findId('Rosa');
    await t.call('POST', `/v1/conversations/${firstId}/accept`, { token: ana.token });
    const sent = await t.call('POST', `/v1/conversations/${firstId}/messages`, {
      token: ana.token,
      body: { clientId: 'history-ana-1', text: 'It ships tomorrow.' },
    });
    expect(sent.status).toBe(201);
    await t.call('POST', `/v1/conversations/${firstId}/transfer`, {
      token: ana.token,
      body: { agentId: ben.agent.id },
    });
    await t.call('POST', `/v1/conversations/${firstId}/close`, { token: ben.token, body: { type: 'negative' } });
    t.clock.advance(60 * 60 * 1000);
    // An hour later she writes again: a new conversation, waiting in New.
    await t.ingest(fakeInboundMessage({ contact: rosa, text: 'it did not arrive', timestamp: t.clock.now() }));
    secondId = (await t.call('GET', '/v1/conversations', { token: admin.token })).body.conversations.find(
      (c: { id: string; status: string; contactName: string }) =>
        c.contactName === 'Rosa Quintana' && c.status === 'open',
    ).id;
  });
  afterAll(() => t.close());

  it('finds the conversation Ana answered after it was transferred and closed, and lets her read it', async () => {
    expect(await search(ana, 'Rosa')).toContain(firstId);
    const page = await t.call('GET', `/v1/conversations/${firstId}/messages`, { token: ana.token });
    expect(page.status).toBe(200);
    expect(page.body.messages.map((m: { text: string }) => m.text)).toContain('It ships tomorrow.');
    // Reading is not acting: she cannot write in it.
    const reply = await t.call('POST', `/v1/conversations/${firstId}/messages`, {
      token: ana.token,
      body: { clientId: 'history-ana-2', text: 'again' },
    });
    expect(reply.status).not.toBe(201);
  });

  it('finds a phone number typed with +, spaces, dashes or brackets', async () => {
    for (const typed of ['+54 9 11 4000-1234', '+549114000 1234', '(11) 4000-1234', '40001234'])
      expect(await search(admin, typed), typed).toContain(secondId);
    expect(await search(admin, '+54 9 11 4000-9999')).toEqual([]);
  });

  it("shows whoever may see Rosa's new conversation the earlier one: who handled it and how it closed", async () => {
    const res = await t.call('GET', `/v1/contacts/${encodeURIComponent(await contactOf(secondId))}/conversations`, {
      token: carl.token,
    });
    expect(res.status).toBe(200);
    expect(res.body.entries.map((e: { conversation: { id: string } }) => e.conversation.id)).toEqual([
      secondId,
      firstId,
    ]);
    const earlier = res.body.entries[1];
    expect(earlier.conversation).toMatchObject({ status: 'closed', closeType: 'negative', assigneeId: ben.agent.id });
    expect(earlier.agentIds).toEqual([ana.agent.id]);
    expect(earlier.messageCount).toBe(2);
    expect((await t.call('GET', `/v1/conversations/${firstId}/messages`, { token: carl.token })).status).toBe(200);
    expect((await t.call('GET', `/v1/conversations/${firstId}/notes`, { token: carl.token })).status).toBe(200);
  });

  it('closes the history to an agent once the new conversation is taken by someone else', async () => {
    const contactId = await contactOf(secondId);
    await t.call('POST', `/v1/conversations/${secondId}/accept`, { token: ben.token });
    expect((await t.call('GET', `/v1/contacts/${contactId}/conversations`, { token: carl.token })).status).toBe(404);
    expect((await t.call('GET', `/v1/conversations/${firstId}/messages`, { token: carl.token })).status).toBe(404);
    expect(await search(carl, 'Rosa')).toEqual([]);
    // Ana wrote in the first one: that one stays hers to read, the new one does not.
    const anas = await t.call('GET', `/v1/contacts/${contactId}/conversations`, { token: ana.token });
    expect(anas.body.entries.map((e: { conversation: { id: string } }) => e.conversation.id)).toEqual([firstId]);
  });

  it('pages search results with a cursor until the last page', async () => {
    for (let i = 0; i < 5; i++) {
      await t.ingest(fakeInboundMessage({ contact: fakeCustomer({ name: `Pager ${i}` }), timestamp: t.clock.now() }));
      t.clock.advance(1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/v1/search?q=Pager&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await t.call('GET', query, { token: admin.token });
      expect(res.body.conversations.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.conversations.map((c: { contactName: string }) => c.contactName));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Pager 4', 'Pager 3', 'Pager 2', 'Pager 1', 'Pager 0']);
    expect((await t.call('GET', '/v1/search?q=Pager&cursor=nope', { token: admin.token })).status).toBe(400);
  });

  async function contactOf(id: string): Promise<string> {
    return (await t.call('GET', `/v1/search?q=Rosa`, { token: admin.token })).body.conversations.find(
      (c: { id: string }) => c.id === id,
    ).contactId;
  }
});

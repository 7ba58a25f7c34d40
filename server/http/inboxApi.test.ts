// The API for other clients: one inbox computed on the server with core's inboxOf and
// compareInInbox (the panel's rules), paged by cursor, unknown values refused; one conversation,
// one customer and the campaigns by id; number fields that accept numeric strings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareInInbox, inboxOf, INBOXES, LAYOUTS } from '../../core/inbox';
import type { Conversation } from '../../core/model';
import { DAY, HOUR } from '../../core/replyWindow';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

const MIN = 60_000;

describeOnBothDatabases('GET /v1/conversations?inbox=', (kind) => {
  let t: TestServer;
  let admin: SignedIn, ana: SignedIn, ben: SignedIn;
  const ids: Record<string, string> = {};

  const write = async (name: string, ago: number) => {
    await t.ingest(
      fakeInboundMessage({ contact: fakeCustomer({ name }), text: `from ${name}`, timestamp: t.clock.now() - ago }),
    );
    const list = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(name)}`, { token: admin.token });
    ids[name] = list.body.conversations[0].id;
  };
  const take = async (name: string, who: SignedIn) =>
    expect((await t.call('POST', `/v1/conversations/${ids[name]}/accept`, { token: who.token })).status).toBe(200);
  const inbox = (who: SignedIn, query: string) => t.call('GET', `/v1/conversations?${query}`, { token: who.token });
  const names = (list: Conversation[]) => list.map((c) => c.contactName);

  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    ana = await t.signIn({ name: 'Ana' });
    ben = await t.signIn({ name: 'Ben' });
    // New, written 30, 10 and 20 minutes ago; one 31 days ago (in no inbox).
    await write('Waited 30', 30 * MIN);
    await write('Waited 10', 10 * MIN);
    await write('Waited 20', 20 * MIN);
    await write('Long gone', 31 * DAY);
    // Ana's: one expired (25 h), two active.
    for (const [name, ago] of [
      ['Expired one', 25 * HOUR],
      ['Active old', 3 * HOUR],
      ['Active new', HOUR],
    ] as const) {
      await write(name, ago);
      await take(name, ana);
    }
    await write("Ben's", 2 * HOUR);
    await take("Ben's", ben);
  });
  afterAll(() => t.close());

  it('answers New as a queue (longest waiting first) and the others most recent first, as core says', async () => {
    expect(names((await inbox(ana, 'inbox=new')).body.conversations)).toEqual(['Waited 30', 'Waited 20', 'Waited 10']);
    expect(names((await inbox(ana, 'inbox=active&layout=classic')).body.conversations)).toEqual([
      'Active new',
      'Active old',
      'Expired one',
    ]);
    expect(names((await inbox(ana, 'inbox=active&layout=beta')).body.conversations)).toEqual([
      'Active new',
      'Active old',
    ]);
    expect(names((await inbox(ana, 'inbox=expired&layout=beta')).body.conversations)).toEqual(['Expired one']);
    expect((await inbox(ana, 'inbox=outgoing&layout=beta')).body.conversations).toEqual([]);
  });

  it('agrees with the panel’s rule over everything the agent can see, in every inbox of every layout', async () => {
    for (const who of [ana, ben]) {
      const all: Conversation[] = (await inbox(who, 'limit=500')).body.conversations;
      for (const layout of LAYOUTS)
        for (const name of INBOXES[layout]) {
          const expected = all
            .filter((c) => inboxOf(c, who.agent, layout, t.clock.now()) === name)
            .sort(compareInInbox(name));
          const answer = await inbox(who, `inbox=${name}&layout=${layout}`);
          expect(answer.status).toBe(200);
          expect(
            answer.body.conversations.map((c: Conversation) => c.id),
            `${layout} ${name}`,
          ).toEqual(expected.map((c) => c.id));
        }
    }
  });

  it('pages by cursor without losing or repeating a row', async () => {
    const first = (await inbox(ana, 'inbox=new&limit=2')).body;
    expect(names(first.conversations)).toEqual(['Waited 30', 'Waited 20']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await inbox(ana, `inbox=new&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).body;
    expect(names(second.conversations)).toEqual(['Waited 10']);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses unknown values with a 400 naming them, instead of ignoring them', async () => {
    for (const query of [
      'inbox=later',
      'inbox=new&layout=fancy',
      'inbox=new&layout=beta',
      'layout=beta',
      'inbox=new&cursor=nope',
    ]) {
      const answer = await inbox(ana, query);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code, query).toBe('invalid');
      expect(answer.body.error.message, query).toMatch(/inbox|layout|cursor/);
    }
  });

  describe('one conversation, one customer, the campaigns', () => {
    it('GET /v1/conversations/:id answers what the caller may see, 404 otherwise', async () => {
      const mine = await t.call('GET', `/v1/conversations/${ids['Active new']}`, { token: ana.token });
      expect(mine.status).toBe(200);
      expect(mine.body.conversation).toMatchObject({ id: ids['Active new'], contactName: 'Active new' });
      expect((await t.call('GET', `/v1/conversations/${ids["Ben's"]}`, { token: ana.token })).status).toBe(404);
      expect((await t.call('GET', '/v1/conversations/nope', { token: ana.token })).status).toBe(404);
    });

    it('GET /v1/contacts/:id answers the customer of a visible conversation, 404 otherwise', async () => {
      const { contactId } = (await t.call('GET', `/v1/conversations/${ids['Active new']}`, { token: ana.token })).body
        .conversation;
      const contact = await t.call('GET', `/v1/contacts/${contactId}`, { token: ana.token });
      expect(contact.status).toBe(200);
      expect(contact.body.contact).toMatchObject({ id: contactId, name: 'Active new' });
      expect((await t.call('GET', `/v1/contacts/${contactId}`, { token: ben.token })).status).toBe(404);
    });

    it('GET /v1/campaigns is for admins', async () => {
      const list = await t.call('GET', '/v1/campaigns', { token: admin.token });
      expect(list.status).toBe(200);
      expect(list.body.campaigns).toEqual([]);
      expect((await t.call('GET', '/v1/campaigns', { token: ana.token })).status).toBe(403);
    });

    it('number fields take numeric strings from API clients and say what they expect otherwise', async () => {
      const field = { key: 'orders', label: 'Orders', type: 'number' };
      expect((await t.call('POST', '/v1/fields', { token: admin.token, body: field })).status).toBe(201);
      const { contactId } = (await t.call('GET', `/v1/conversations/${ids['Active new']}`, { token: ana.token })).body
        .conversation;
      const path = `/v1/contacts/${contactId}/fields`;
      const set = await t.call('PUT', path, { token: ana.token, body: { values: { orders: '3' } } });
      expect(set.status).toBe(200);
      expect(set.body.contact.fields).toEqual({ orders: 3 });
      const refused = await t.call('PUT', path, { token: ana.token, body: { values: { orders: 'three' } } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toBe('orders: not a number');
    });
  });
});

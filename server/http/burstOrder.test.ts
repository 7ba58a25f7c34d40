// A burst: 30 messages a customer sent within one second, in one webhook. Meta's timestamps are
// whole seconds, so they say nothing about order; the API answers in the platform's delivery order
// (the server's storage order, on the wire as `order`), newest page and `before` pages alike.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { upsertChannel } from '../store/repos/channels';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeChannel } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

const PHONE_ID = '106540352242922';
// Ids whose sort order is not the delivery order, all in the same second.
const burst = Array.from({ length: 30 }, (_, i) => ({
  from: '16505551234',
  id: `wamid.${String.fromCharCode(122 - ((i * 7) % 26))}${i}`,
  timestamp: '1749416383',
  type: 'text',
  text: { body: `part ${i + 1}` },
}));
const payload = JSON.stringify({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '102290129340398',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_ID },
            contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
            messages: burst,
          },
        },
      ],
    },
  ],
});

describeOnBothDatabases('a burst keeps the delivery order', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    await upsertChannel(t.store.db, t.store.secrets, fakeChannel({ externalId: PHONE_ID }), t.clock.now());
  });
  afterAll(() => t.close());

  it('answers every page in delivery order, with an increasing order on each message', async () => {
    const signature = `sha256=${createHmac('sha256', 'test-secret').update(payload).digest('hex')}`;
    const posted = await t.app.request('/webhooks/whatsapp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body: payload,
    });
    expect(posted.status).toBe(200);
    const [conversation] = (await t.call('GET', '/v1/conversations', { token: admin.token })).body.conversations;
    const path = `/v1/conversations/${conversation.id}/messages`;
    const expected = burst.map((m) => m.text.body);

    const whole = (await t.call('GET', `${path}?limit=200`, { token: admin.token })).body;
    expect(whole.messages.map((m: { text: string }) => m.text)).toEqual(expected);
    const orders = whole.messages.map((m: { order: number }) => m.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    expect(new Set(orders).size).toBe(30);

    const texts: string[] = [];
    let before: number | null = null;
    do {
      const query: string = before === null ? '?limit=7' : `?limit=7&before=${before}`;
      const page = (await t.call('GET', path + query, { token: admin.token })).body;
      texts.unshift(...page.messages.map((m: { text: string }) => m.text));
      before = page.nextBefore;
    } while (before !== null);
    expect(texts).toEqual(expected);
  });
});

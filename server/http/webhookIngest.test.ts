// The mounted webhook route feeds ingest: Meta's documented text payload, signed with the app
// secret, lands as a New conversation once; a redelivery changes nothing; a bad signature stores nothing.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureText } from '../channels/meta/testFixtures';
import { upsertChannel } from '../store/repos/channels';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeChannel } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('webhook → ingest', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    await upsertChannel(t.store.db, t.store.secrets, fakeChannel({ externalId: '106540352242922' }), t.clock.now());
  });
  afterAll(() => t.close());

  const post = (body: string, signature: string) =>
    t.app.request('/webhooks/whatsapp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
    });
  const sign = (body: string) => `sha256=${createHmac('sha256', 'test-secret').update(body).digest('hex')}`;
  const conversations = async () =>
    (await t.call('GET', '/v1/conversations', { token: admin.token })).body.conversations;

  it('stores a signed text message once, however often Meta delivers it', async () => {
    const body = fixtureText('whatsapp-text.json');
    expect((await post(body, 'sha256=' + '0'.repeat(64))).status).toBe(401);
    expect(await conversations()).toEqual([]);

    expect((await post(body, sign(body))).status).toBe(200);
    expect((await post(body, sign(body))).status).toBe(200);
    const [conversation] = await conversations();
    expect(conversation).toMatchObject({ assigneeId: null, unreadCount: 1 });
    const page = await t.call('GET', `/v1/conversations/${conversation.id}/messages`, { token: admin.token });
    expect(page.body.messages).toHaveLength(1);
    expect(page.body.messages[0]).toMatchObject({ author: 'customer', kind: 'text' });
  });
});

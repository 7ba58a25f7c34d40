// Messenger and Instagram say "delivered" and "read" with watermarks (every message sent before
// this time) or a message id: signed webhooks shaped like Meta's reference examples move our
// replies past "sent", never backwards, and never touch a message Meta has not accepted.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Channel, DeliveryStatus } from '../../core/model';
import { adapters } from '../channels/index';
import { webhookRoutes } from '../http/webhooks';
import { upsertChannel } from '../store/repos/channels';
import { insertAgentMessage, updateDelivery } from '../store/repos/messages';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeChannel, fakeClientId, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { messengerDelivery, messengerRead, instagramSeen } from './receiptPayloads';

const PAGE_ID = '682498302938465';
const IG_ID = '17841405822304914';

describeOnBothDatabases('Messenger and Instagram receipts', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
    await upsertChannel(
      t.store.db,
      t.store.secrets,
      fakeChannel({ kind: 'messenger', externalId: PAGE_ID }),
      t.clock.now(),
    );
    await upsertChannel(
      t.store.db,
      t.store.secrets,
      fakeChannel({ kind: 'instagram', externalId: IG_ID }),
      t.clock.now(),
    );
  });
  afterAll(() => t.close());

  // The real Messenger and Instagram adapters behind the webhook routes, into this server's ingest.
  const webhooks = () =>
    webhookRoutes({
      appSecret: 'test-secret',
      verifyToken: 'test-verify',
      adapters: { messenger: adapters.messenger, instagram: adapters.instagram },
      ingest: (events) => t.ingest(...events),
    });
  const post = (channel: Channel, payload: unknown) => {
    const body = JSON.stringify(payload);
    return webhooks().request(`/${channel}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': `sha256=${createHmac('sha256', 'test-secret').update(body).digest('hex')}`,
      },
      body,
    });
  };

  /** A customer writes, then we reply at each time: `mid` null leaves that reply pending (not accepted yet). */
  const conversationWithReplies = async (
    channel: Channel,
    ourId: string,
    customer: string,
    replies: (string | null)[],
  ) => {
    await t.ingest(
      fakeInboundMessage({
        channel,
        channelExternalId: ourId,
        contact: { externalId: customer, name: '', phone: null },
        timestamp: t.clock.now(),
      }),
    );
    const [conversation] = (
      await t.call('GET', `/v1/conversations?q=${customer}`, { token: admin.token })
    ).body.conversations.filter((c: { channel: Channel }) => c.channel === channel);
    const ids: string[] = [];
    for (const mid of replies) {
      t.clock.advance(1_000);
      const message = await t.store.write(async (tx) => {
        const stored = (await insertAgentMessage(tx, {
          conversationId: conversation.id,
          channelId: conversation.channelId,
          agentId: admin.agent.id,
          clientId: fakeClientId(),
          text: `reply ${mid}`,
          createdAt: t.clock.now(),
        }))!;
        return mid ? updateDelivery(tx, stored.id, { status: 'sent', error: null, externalId: mid }) : stored;
      });
      ids.push(message.id);
    }
    return { conversationId: conversation.id as string, ids };
  };
  const statuses = async (conversationId: string, ids: string[]): Promise<DeliveryStatus[]> => {
    const { messages } = (await t.call('GET', `/v1/conversations/${conversationId}/messages`, { token: admin.token }))
      .body as { messages: { id: string; status: DeliveryStatus }[] };
    return ids.map((id) => messages.find((m) => m.id === id)!.status);
  };

  it('a Messenger delivery watermark delivers every accepted reply sent before it, and no later one', async () => {
    const { conversationId, ids } = await conversationWithReplies('messenger', PAGE_ID, '6643920825689113', [
      'm_one',
      'm_two',
      null,
      'm_four',
    ]);
    const secondAt = t.clock.now() - 2_000;
    expect((await post('messenger', messengerDelivery(PAGE_ID, '6643920825689113', secondAt, []))).status).toBe(200);
    expect(await statuses(conversationId, ids)).toEqual(['delivered', 'delivered', 'pending', 'sent']);

    // Named by mid (the watermark older than all): that one and those before it.
    expect((await post('messenger', messengerDelivery(PAGE_ID, '6643920825689113', 0, ['m_four']))).status).toBe(200);
    expect(await statuses(conversationId, ids)).toEqual(['delivered', 'delivered', 'pending', 'delivered']);
  });

  it('a read watermark reads them; a late delivery receipt does not move a read reply back', async () => {
    const { conversationId, ids } = await conversationWithReplies('messenger', PAGE_ID, '7000000000000001', [
      'm_r1',
      'm_r2',
    ]);
    const firstAt = t.clock.now() - 1_000;
    expect((await post('messenger', messengerRead(PAGE_ID, '7000000000000001', firstAt))).status).toBe(200);
    expect(await statuses(conversationId, ids)).toEqual(['read', 'sent']);
    expect((await post('messenger', messengerDelivery(PAGE_ID, '7000000000000001', t.clock.now(), []))).status).toBe(
      200,
    );
    expect(await statuses(conversationId, ids)).toEqual(['read', 'delivered']);
  });

  it("receipts of one customer never touch another customer's replies", async () => {
    const other = await conversationWithReplies('messenger', PAGE_ID, '7000000000000002', ['m_o1']);
    await post('messenger', messengerRead(PAGE_ID, '7000000000000003', t.clock.now()));
    expect(await statuses(other.conversationId, other.ids)).toEqual(['sent']);
  });

  it('an Instagram seen receipt (read.mid) reads that reply and the ones before it', async () => {
    const { conversationId, ids } = await conversationWithReplies('instagram', IG_ID, '1131406374983741', [
      'ig_1',
      'ig_2',
      'ig_3',
    ]);
    expect((await post('instagram', instagramSeen(IG_ID, '1131406374983741', 'ig_2'))).status).toBe(200);
    expect(await statuses(conversationId, ids)).toEqual(['read', 'read', 'sent']);
  });
});

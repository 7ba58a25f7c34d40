// Ingest is idempotent (Meta redelivers for days), opens New conversations, keeps the window's
// start from moving backwards, and ranks delivery statuses whatever order they arrive in.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conversation, Message } from '../../core/model';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeClientId, fakeInboundMessage, fakeStatus } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('ingest', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
  });
  afterAll(() => t.close());

  const find = async (text: string): Promise<Conversation> =>
    (await t.call('GET', `/v1/conversations?q=${encodeURIComponent(text)}`, { token: admin.token })).body
      .conversations[0];
  const messagesOf = async (id: string): Promise<Message[]> =>
    (await t.call('GET', `/v1/conversations/${id}/messages`, { token: admin.token })).body.messages;
  const cursor = async () => (await t.call('GET', '/v1/sync?since=0', { token: admin.token })).body.cursor as number;

  it('a first message opens a conversation in the New queue', async () => {
    const event = fakeInboundMessage({
      text: 'first contact',
      contact: { externalId: '4915199', name: 'Greta', phone: '4915199' },
      timestamp: t.clock.now() - 5_000,
    });
    await t.ingest(event);
    const conversation = await find('first contact');
    expect(conversation).toMatchObject({
      channel: 'whatsapp',
      contactName: 'Greta',
      assigneeId: null,
      status: 'open',
      lastInboundAt: event.timestamp,
      lastMessagePreview: 'first contact',
      unreadCount: 1,
    });
    expect(await messagesOf(conversation.id)).toEqual([
      expect.objectContaining({
        author: 'customer',
        kind: 'text',
        text: 'first contact',
        externalId: event.externalId,
        status: null,
      }),
    ]);
  });

  it('a redelivered message changes nothing, not even the feed', async () => {
    const event = fakeInboundMessage({ text: 'delivered twice' });
    await t.ingest(event);
    const before = await cursor();
    await t.ingest(event);
    await t.ingest({ ...event, text: 'edited by a retry?' });
    expect(await cursor()).toBe(before);
    const conversation = await find('delivered twice');
    expect(conversation.unreadCount).toBe(1);
    expect(await messagesOf(conversation.id)).toHaveLength(1);
  });

  it('a batch is one transaction; the second message of a customer joins their open conversation', async () => {
    const first = fakeInboundMessage({ text: 'batch one', timestamp: t.clock.now() - 5_000 });
    const second = fakeInboundMessage({ contact: first.contact, text: 'batch two', timestamp: first.timestamp + 1000 });
    await t.ingest(first, second, first);
    const conversation = await find('batch one');
    expect(conversation).toMatchObject({
      unreadCount: 2,
      lastMessagePreview: 'batch two',
      lastInboundAt: second.timestamp,
    });
    expect((await messagesOf(conversation.id)).map((m) => m.text)).toEqual(['batch one', 'batch two']);
  });

  it('an older message arriving late does not move the window or the preview backwards', async () => {
    const newer = fakeInboundMessage({ text: 'newer text', timestamp: t.clock.now() - 5_000 });
    const older = fakeInboundMessage({
      contact: newer.contact,
      text: 'older text',
      timestamp: newer.timestamp - 60_000,
    });
    await t.ingest(newer);
    await t.ingest(older);
    expect(await find('newer text')).toMatchObject({
      lastInboundAt: newer.timestamp,
      lastMessagePreview: 'newer text',
      unreadCount: 2,
    });
  });

  it('keeps unsupported types as entries the agent can see', async () => {
    await t.ingest(
      fakeInboundMessage({
        kind: 'unsupported',
        text: '',
        originalType: 'sticker',
        contact: { externalId: 'st1', name: 'Sticker Fan', phone: null },
      }),
    );
    const conversation = await find('Sticker Fan');
    expect(conversation.lastMessagePreview).toBe('[sticker]');
    expect((await messagesOf(conversation.id))[0]).toMatchObject({ kind: 'unsupported', originalType: 'sticker' });
  });

  it('skips events for an unknown channel without failing the batch', async () => {
    await t.ingest(
      fakeInboundMessage({ channelExternalId: '999', text: 'wrong number' }),
      fakeInboundMessage({ text: 'right number' }),
    );
    expect(await find('wrong number')).toBeUndefined();
    expect(await find('right number')).toBeDefined();
  });

  async function sentMessage(): Promise<Message> {
    const ana = await t.signIn();
    const event = fakeInboundMessage({ timestamp: t.clock.now() });
    await t.ingest(event);
    const { id } = await find(event.text);
    await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token });
    return (
      await t.call('POST', `/v1/conversations/${id}/messages`, {
        token: ana.token,
        body: { clientId: fakeClientId(), text: 'hi' },
      })
    ).body.message;
  }
  const statusOf = async (message: Message) =>
    (await messagesOf(message.conversationId)).find((m) => m.id === message.id)!;

  it('statuses only move forward, whatever order they arrive in', async () => {
    const message = await sentMessage();
    const externalId = message.externalId!;
    await t.ingest(fakeStatus({ externalId, status: 'read' }));
    expect((await statusOf(message)).status).toBe('read');
    await t.ingest(fakeStatus({ externalId, status: 'delivered' }), fakeStatus({ externalId, status: 'sent' }));
    expect((await statusOf(message)).status).toBe('read');
  });

  it('failed carries the reason and outranks a late sent; a delivered from the phone outranks failed', async () => {
    const message = await sentMessage();
    const externalId = message.externalId!;
    await t.ingest(
      fakeStatus({ externalId, status: 'failed', error: { code: '131047', message: 'Re-engagement message' } }),
    );
    await t.ingest(fakeStatus({ externalId, status: 'sent' }));
    expect(await statusOf(message)).toMatchObject({
      status: 'failed',
      error: { code: '131047', message: 'Re-engagement message' },
    });
    await t.ingest(fakeStatus({ externalId, status: 'delivered' }));
    expect(await statusOf(message)).toMatchObject({ status: 'delivered', error: null });
  });

  it('a status that beats the send response is parked and applied when the send records the id', async () => {
    const ana = await t.signIn();
    const event = fakeInboundMessage({ timestamp: t.clock.now() });
    await t.ingest(event);
    const { id } = await find(event.text);
    await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token });

    const externalId = 'wamid.EARLY-STATUS';
    t.adapter.script({ externalId });
    const release = t.adapter.hold();
    const sending = t.call('POST', `/v1/conversations/${id}/messages`, {
      token: ana.token,
      body: { clientId: fakeClientId(), text: 'quick' },
    });
    while (t.adapter.sends.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // Meta's webhooks arrive while our Graph call has not returned yet.
    await t.ingest(fakeStatus({ externalId, status: 'sent' }), fakeStatus({ externalId, status: 'delivered' }));
    release();
    const { message } = (await sending).body;
    expect(message).toMatchObject({ externalId, status: 'delivered' });
    expect(await t.store.db.query('SELECT * FROM parked_statuses WHERE external_id = $1', [externalId])).toEqual([]);
  });
});

// Replies: idempotent by clientId, refused outside the window before any Graph call, failed with
// Meta's reason when Meta refuses, and retried on the same row.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { HOUR } from '../../core/replyWindow';
import { ChannelSendError } from '../channels/types';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeClientId, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';

describeOnBothDatabases('sending replies', (kind) => {
  let t: TestServer;
  let ana: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    ana = await t.signIn({ name: 'Ana' });
  });
  afterAll(() => t.close());
  beforeEach(() => void (t.adapter.sends.length = 0));

  /** A conversation the customer opened just now, taken by Ana. */
  async function takenConversation(): Promise<{ id: string; customer: string }> {
    const event = fakeInboundMessage({ timestamp: t.clock.now() });
    await t.ingest(event);
    const id = (await t.call('GET', `/v1/conversations?q=${encodeURIComponent(event.text)}`, { token: ana.token })).body
      .conversations[0].id;
    await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token });
    return { id, customer: event.contact.externalId };
  }
  const send = (id: string, clientId: string, text = 'Hello from Ana', token = ana.token) =>
    t.call('POST', `/v1/conversations/${id}/messages`, { token, body: { clientId, text } });

  it('stores, sends through the channel and answers 201 with the sent message', async () => {
    const { id, customer } = await takenConversation();
    const result = await send(id, fakeClientId());
    expect(result.status).toBe(201);
    expect(result.body.message).toMatchObject({
      author: 'agent',
      agentId: ana.agent.id,
      status: 'sent',
      text: 'Hello from Ana',
    });
    expect(result.body.message.externalId).toMatch(/^wamid\./);
    expect(t.adapter.sends).toEqual([
      expect.objectContaining({ to: customer, message: { kind: 'text', text: 'Hello from Ana' } }),
    ]);
    const conversation = (
      await t.call('GET', '/v1/conversations?limit=500', { token: ana.token })
    ).body.conversations.find((c: { id: string }) => c.id === id);
    expect(conversation.lastMessagePreview).toBe('Hello from Ana');
  });

  it('the same clientId twice sends once and returns the same message', async () => {
    const { id } = await takenConversation();
    const clientId = fakeClientId();
    const first = await send(id, clientId);
    const again = await send(id, clientId);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.message).toEqual(first.body.message);
    expect(t.adapter.sends).toHaveLength(1);
  });

  it('a repeat while the first send is still in flight gets the pending message and sends nothing', async () => {
    const { id } = await takenConversation();
    const clientId = fakeClientId();
    const release = t.adapter.hold();
    const first = send(id, clientId);
    while (t.adapter.sends.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const repeats = await Promise.all([send(id, clientId), send(id, clientId)]);
    for (const repeat of repeats) expect(repeat.body.message).toMatchObject({ status: 'pending', clientId });
    release();
    expect((await first).body.message.status).toBe('sent');
    expect(t.adapter.sends).toHaveLength(1);
  });

  it('concurrent first sends with one clientId call the channel once', async () => {
    const { id } = await takenConversation();
    const clientId = fakeClientId();
    const results = await Promise.all([1, 2, 3].map(() => send(id, clientId)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.body.message.id)).size).toBe(1);
    expect(t.adapter.sends).toHaveLength(1);
  });

  it('outside the 24-hour window: 409 window_closed, nothing stored, nothing sent', async () => {
    const { id } = await takenConversation();
    t.clock.advance(25 * HOUR);
    const result = await send(id, fakeClientId());
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('window_closed');
    expect(result.body.error.message).toMatch(/^The 24-hour window closed on \d{4}-\d\d-\d\dT.*; send a template\.$/);
    expect(t.adapter.sends).toHaveLength(0);
    expect((await t.call('GET', `/v1/conversations/${id}/messages`, { token: ana.token })).body.messages).toHaveLength(
      1,
    );
  });

  it('a New conversation must be taken first', async () => {
    const event = fakeInboundMessage({ timestamp: t.clock.now() });
    await t.ingest(event);
    const id = (await t.call('GET', `/v1/conversations?q=${encodeURIComponent(event.text)}`, { token: ana.token })).body
      .conversations[0].id;
    const result = await send(id, fakeClientId());
    expect(result.status).toBe(409);
    expect(result.body.error).toEqual({
      code: 'conflict',
      message: 'Take this conversation before replying: it is still waiting in New.',
    });
    expect(t.adapter.sends).toHaveLength(0);
  });

  it("an admin may reply in an agent's conversation", async () => {
    const { id } = await takenConversation();
    const admin = await t.signIn({ role: 'admin' });
    expect((await send(id, fakeClientId(), 'Admin here', admin.token)).status).toBe(201);
  });

  it("Meta refuses: the message is failed with Meta's reason (201), and a retry sends the same row", async () => {
    const { id } = await takenConversation();
    t.adapter.script(new ChannelSendError('131047', 'Re-engagement message: more than 24 hours have passed.', false));
    const failed = await send(id, fakeClientId());
    expect(failed.status).toBe(201);
    expect(failed.body.message).toMatchObject({
      status: 'failed',
      externalId: null,
      error: { code: '131047', message: 'Re-engagement message: more than 24 hours have passed.' },
    });

    const retry = await t.call('POST', `/v1/messages/${failed.body.message.id}/retry`, { token: ana.token });
    expect(retry.status).toBe(201);
    expect(retry.body.message).toMatchObject({ id: failed.body.message.id, status: 'sent', error: null });
    expect(t.adapter.sends).toHaveLength(2);

    const again = await t.call('POST', `/v1/messages/${failed.body.message.id}/retry`, { token: ana.token });
    expect(again.status).toBe(409);
    const page = await t.call('GET', `/v1/conversations/${id}/messages`, { token: ana.token });
    expect(page.body.messages.filter((m: { author: string }) => m.author === 'agent')).toHaveLength(1);
  });

  it('an unexpected error in the call fails the message as uncertain, with a readable reason', async () => {
    const { id } = await takenConversation();
    t.adapter.script(new Error('connect ECONNREFUSED'));
    const result = await send(id, fakeClientId());
    expect(result.body.message).toMatchObject({ status: 'failed', error: { code: 'uncertain' } });
    expect(result.body.message.error.message).toContain('ECONNREFUSED');
  });

  it('a retry outside the window is refused before any send', async () => {
    const { id } = await takenConversation();
    t.adapter.script(new ChannelSendError('500', 'Meta is down', true));
    const failed = await send(id, fakeClientId());
    t.clock.advance(30 * HOUR);
    const retry = await t.call('POST', `/v1/messages/${failed.body.message.id}/retry`, { token: ana.token });
    expect(retry.status).toBe(409);
    expect(retry.body.error.code).toBe('window_closed');
    expect(t.adapter.sends).toHaveLength(1);
  });

  it('names the field of a bad body', async () => {
    const { id } = await takenConversation();
    const empty = await t.call('POST', `/v1/conversations/${id}/messages`, {
      token: ana.token,
      body: { clientId: fakeClientId(), text: '   ' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^text: /);
    const noId = await t.call('POST', `/v1/conversations/${id}/messages`, { token: ana.token, body: { text: 'hi' } });
    expect(noId.body.error.message).toMatch(/^clientId: /);
    expect(t.adapter.sends).toHaveLength(0);
  });
});

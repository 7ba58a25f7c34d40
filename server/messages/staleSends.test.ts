// Nothing stays pending: a crash before the call to Meta leaves a message the sweep fails as
// `not_sent` (a retry is safe and sends it); a call that began and never answered leaves one it
// fails as `uncertain` (it may have reached the customer). Fresh sends are left alone, and a send
// the sweep already resolved never calls Meta afterwards. The clock is the test's.
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Message } from '../../core/model';
import { silentLog } from '../log';
import { insertAgentMessage } from '../store/repos/messages';
import { STALE_LIMITS } from '../store/repos/pendingSends';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeClientId, fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { createWorkers } from '../workers/createWorkers';
import { deliverMessage } from './deliverMessage';
import { sweepStaleSends } from './sweepStaleSends';

describeOnBothDatabases('stale pending messages', (kind) => {
  let t: TestServer;
  let ana: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    ana = await t.signIn({ name: 'Ana' });
  });
  afterAll(() => t.close());
  beforeEach(() => void (t.adapter.sends.length = 0));

  const sweep = () => sweepStaleSends({ store: t.store, now: t.clock.now, log: silentLog });
  async function takenConversation(): Promise<string> {
    const event = fakeInboundMessage({ timestamp: t.clock.now() });
    await t.ingest(event);
    const id = (await t.call('GET', `/v1/conversations?q=${encodeURIComponent(event.text)}`, { token: ana.token })).body
      .conversations[0].id;
    await t.call('POST', `/v1/conversations/${id}/accept`, { token: ana.token });
    return id;
  }
  /** What a crash right after the message was committed, before the call, leaves behind. */
  const storedOnly = async (conversationId: string) =>
    (await t.store.write((tx) =>
      insertAgentMessage(tx, {
        conversationId,
        channelId: t.channel.id,
        agentId: ana.agent.id,
        clientId: fakeClientId(),
        text: 'stored, never sent',
        createdAt: t.clock.now(),
      }),
    ))!;
  const messageOf = async (conversationId: string, id: string): Promise<Message> =>
    (await t.call('GET', `/v1/conversations/${conversationId}/messages`, { token: ana.token })).body.messages.find(
      (m: Message) => m.id === id,
    );

  it('a call that never began: failed as not_sent after a minute, and a retry sends it', async () => {
    const conversationId = await takenConversation();
    const message = await storedOnly(conversationId);
    t.clock.advance(STALE_LIMITS.notStartedMs - 1_000);
    await sweep();
    expect(await messageOf(conversationId, message.id)).toMatchObject({ status: 'pending' });

    t.clock.advance(2_000);
    await sweep();
    expect(await messageOf(conversationId, message.id)).toMatchObject({
      status: 'failed',
      error: { code: 'not_sent' },
    });
    const retry = await t.call('POST', `/v1/messages/${message.id}/retry`, { token: ana.token });
    expect(retry.body.message).toMatchObject({ status: 'sent', error: null });
    expect(t.adapter.sends).toHaveLength(1);
  });

  it('a call that began and never answered: uncertain, never not_sent; the late answer still wins', async () => {
    const conversationId = await takenConversation();
    const release = t.adapter.hold();
    const sending = t.call('POST', `/v1/conversations/${conversationId}/messages`, {
      token: ana.token,
      body: { clientId: fakeClientId(), text: 'in flight' },
    });
    await vi.waitFor(() => expect(t.adapter.sends).toHaveLength(1));
    const [inFlight] = await t.store.db.query<{ id: string }>(`SELECT id FROM messages WHERE text = 'in flight'`);

    t.clock.advance(STALE_LIMITS.notStartedMs + 1_000);
    await sweep();
    expect(await messageOf(conversationId, inFlight.id)).toMatchObject({ status: 'pending' });
    t.clock.advance(STALE_LIMITS.startedMs);
    await sweep();
    expect(await messageOf(conversationId, inFlight.id)).toMatchObject({
      status: 'failed',
      error: { code: 'uncertain' },
    });

    // Meta's id arrives after all: now it is known to be sent.
    release();
    expect((await sending).body.message).toMatchObject({ id: inFlight.id, status: 'sent' });
  });

  it('a send the sweep already resolved never calls Meta', async () => {
    const conversationId = await takenConversation();
    const message = await storedOnly(conversationId);
    t.clock.advance(STALE_LIMITS.notStartedMs + 1_000);
    await sweep();
    const conversation = (await t.call('GET', `/v1/conversations/${conversationId}`, { token: ana.token })).body
      .conversation;
    const result = await deliverMessage(
      { store: t.store, now: t.clock.now, log: silentLog, adapters: { whatsapp: t.adapter }, fetch },
      message,
      conversation,
      { humanAgentTag: false },
    );
    expect(result).toMatchObject({ status: 'failed', error: { code: 'not_sent' } });
    expect(t.adapter.sends).toHaveLength(0);
  });

  it('the workers sweep on start', async () => {
    const conversationId = await takenConversation();
    const message = await storedOnly(conversationId);
    t.clock.advance(STALE_LIMITS.notStartedMs + 1_000);
    const workers = createWorkers({ store: t.store, now: t.clock.now, log: silentLog, adapters: {}, fetch });
    workers.start();
    await workers.idle();
    await workers.stop();
    expect(await messageOf(conversationId, message.id)).toMatchObject({ error: { code: 'not_sent' } });
  });
});

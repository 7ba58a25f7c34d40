// A file that keeps failing to download says so on the message (MediaRef.failure) from the first
// failed attempt, while background attempts go on, then for good after the last; an agent's Retry
// starts it over, and a success clears the failure. The clock is the test's.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MediaRef, Message } from '../../core/model';
import { silentLog } from '../log';
import { MAX_MEDIA_ATTEMPTS, MEDIA_LEASE_MS } from '../store/repos/media';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeInboundMessage } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { createWorkers } from '../workers/createWorkers';

describeOnBothDatabases('media downloads that keep failing', (kind) => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer(kind);
    admin = await t.signIn({ role: 'admin' });
  });
  afterAll(() => t.close());

  /** One pass of the downloader, answered by `respond`. */
  const pass = async (respond: () => Response) => {
    const workers = createWorkers({
      store: t.store,
      now: t.clock.now,
      log: silentLog,
      adapters: {},
      fetch: (async () => respond()) as typeof fetch,
      mediaHosts: ['https://cdn.test'],
    });
    workers.kick('fetch');
    await workers.idle();
    await workers.stop();
  };
  const failing = () => new Response('no', { status: 500 });
  let conversationId: string;
  let messageId: string;
  const media = async (): Promise<MediaRef> => {
    const { messages } = (await t.call('GET', `/v1/conversations/${conversationId}/messages`, { token: admin.token }))
      .body as { messages: Message[] };
    return messages.find((m) => m.id === messageId)!.media!;
  };

  it('says "retrying" after the first failure and "gave up" after the last', async () => {
    const event = fakeInboundMessage({
      kind: 'image',
      text: '',
      timestamp: t.clock.now(),
      media: {
        source: { type: 'url', url: 'https://cdn.test/p.png' },
        mimeType: 'image/png',
        filename: null,
        voice: false,
      },
    });
    await t.ingest(event);
    const [row] = await t.store.db.query<{ id: string; conversation_id: string }>(
      'SELECT id, conversation_id FROM messages WHERE external_id = $1',
      [event.externalId],
    );
    ({ id: messageId, conversation_id: conversationId } = row);
    expect(await media()).toMatchObject({ ready: false });
    expect((await media()).failure ?? null).toBeNull();

    await pass(failing);
    expect(await media()).toMatchObject({ ready: false, failure: 'retrying' });
    for (let attempt = 2; attempt <= MAX_MEDIA_ATTEMPTS; attempt++) {
      t.clock.advance(MEDIA_LEASE_MS + 1);
      await pass(failing);
    }
    expect(await media()).toMatchObject({ ready: false, failure: 'gave_up' });
  });

  it('Retry starts it over, and a success clears the failure', async () => {
    const { id } = await media();
    const retried = await t.call('POST', `/v1/media/${id}/retry`, { token: admin.token });
    expect(retried).toMatchObject({ status: 202, body: { restarted: true } });
    // The route kicked the server's own downloader (no network here): a fresh first failure.
    await t.workers.idle();
    expect(await media()).toMatchObject({ failure: 'retrying' });

    t.clock.advance(MEDIA_LEASE_MS + 1);
    await pass(() => new Response(new Uint8Array([1, 2]), { headers: { 'content-type': 'image/png' } }));
    const done = await media();
    expect(done).toMatchObject({ ready: true });
    expect(done.failure ?? null).toBeNull();
    expect((await t.call('POST', `/v1/media/${id}/retry`, { token: admin.token })).body).toEqual({ restarted: false });
  });

  it('an agent who may not see the conversation gets a 404', async () => {
    // Taken by the admin: out of the New queue every agent sees.
    await t.call('POST', `/v1/conversations/${conversationId}/accept`, { token: admin.token });
    const other = await t.signIn({ role: 'agent' });
    const { id } = await media();
    expect((await t.call('POST', `/v1/media/${id}/retry`, { token: other.token })).status).toBe(404);
  });
});

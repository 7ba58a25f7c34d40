// The background work's owner: a stop waits for the campaign send or the file download in flight,
// leaves the rest for the next start (which finishes it, nobody getting a campaign twice), and
// ignores kicks once it has begun.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLog } from '../log';
import { createTestServer, type SignedIn, type TestServer } from '../testing/createTestServer';
import { fakeInboundMessage } from '../testing/fakes';
import { createWorkers } from './createWorkers';

/** Lets whatever is ready run; a pass that is really waiting stays waiting. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('workers', () => {
  let t: TestServer;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestServer('pglite');
    admin = await t.signIn({ role: 'admin' });
  });
  afterAll(() => t.close());

  const depsWith = (fetchImpl: typeof fetch) => ({
    store: t.store,
    now: t.clock.now,
    log: silentLog,
    adapters: { whatsapp: t.adapter },
    fetch: fetchImpl,
    mediaHosts: ['https://cdn.test'],
  });

  it('a stop waits for the recipient being sent, and the next start sends the rest once', async () => {
    const templateId = (
      await t.call('POST', '/v1/templates', {
        token: admin.token,
        body: { name: 'hello', language: 'en_US', category: 'marketing', body: 'Hello!' },
      })
    ).body.template.id;
    const release = t.adapter.hold();
    const created = await t.call('POST', '/v1/campaigns', {
      token: admin.token,
      body: { templateId, params: [], recipients: ['+4915100003001', '+4915100003002'] },
    });
    expect(created.status).toBe(202);
    await vi.waitFor(() => expect(t.adapter.sends).toHaveLength(1));

    let stopped = false;
    const stopping = t.workers.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    release();
    await stopping;
    const recipients = async () =>
      (await t.call('GET', `/v1/campaigns/${created.body.campaign.id}/recipients`, { token: admin.token })).body;
    expect((await recipients()).recipients.map((r: { status: string }) => r.status)).toEqual(['sent', 'pending']);

    t.workers.kick('campaigns');
    await t.workers.idle();
    expect(t.adapter.sends).toHaveLength(1);

    const next = createWorkers(depsWith(fetch));
    next.start();
    await next.idle();
    await next.stop();
    const { campaign, recipients: outcomes } = await recipients();
    expect(campaign).toMatchObject({ sent: 2, status: 'done' });
    expect(outcomes.map((r: { status: string }) => r.status)).toEqual(['sent', 'sent']);
    expect(t.adapter.sends.map((s) => s.to)).toEqual(['4915100003001', '4915100003002']);
  });

  it('a stop waits for the file being downloaded, and the next start downloads the rest', async () => {
    const images = ['a', 'b'].map((name) =>
      fakeInboundMessage({
        kind: 'image',
        text: '',
        media: {
          source: { type: 'url', url: `https://cdn.test/${name}.png` },
          mimeType: 'image/png',
          filename: null,
          voice: false,
        },
      }),
    );
    await t.ingest(...images);
    const asked: string[] = [];
    let answer!: () => void;
    const gated = (async (input: string | URL | Request) => {
      asked.push(String(input));
      await new Promise<void>((resolve) => (answer = resolve));
      return new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/png' } });
    }) as typeof fetch;
    const ready = async () =>
      (
        await t.store.db.query<{ ready: boolean }>(
          `SELECT (media->>'ready')::boolean AS ready FROM messages WHERE external_id = ANY($1::text[]) ORDER BY created_at`,
          [images.map((m) => m.externalId)],
        )
      ).map((r) => r.ready);

    const workers = createWorkers(depsWith(gated));
    workers.kick('fetch');
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    let stopped = false;
    const stopping = workers.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    answer();
    await stopping;
    // One file done, the other not even asked for (the two were stored at the same instant).
    expect(asked).toHaveLength(1);
    expect((await ready()).filter(Boolean)).toHaveLength(1);

    const next = createWorkers(depsWith(async () => new Response(new Uint8Array([4]))));
    next.start();
    await next.idle();
    await next.stop();
    expect(await ready()).toEqual([true, true]);
  });
});

// A signed webhook names the URL of a customer's file, so it must not be able to point the server
// at itself or its network: only allow-listed hosts are fetched, never a private address unless
// that origin is listed as such (the simulator), redirects included.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../channels/index';
import { webhookRoutes } from '../http/webhooks';
import { silentLog } from '../log';
import { upsertChannel } from '../store/repos/channels';
import { createTestServer, type TestServer } from '../testing/createTestServer';
import { fakeChannel } from '../testing/fakes';
import { createWorkers } from '../workers/createWorkers';
import { downloadMedia } from './downloadMedia';
import { checkMediaUrl, isPublicAddress } from './mediaUrlPolicy';

const PAGE_ID = '682498302938465';

describe('media URL policy', () => {
  const policy = (resolved: string[]) => ({
    hosts: ['fbsbx.com', 'http://sim.test:8787'],
    resolve: async () => resolved,
  });

  it('allows Meta hosts that resolve to public addresses, and listed origins as they are', async () => {
    await expect(checkMediaUrl('https://lookaside.fbsbx.com/x?asset_id=1', policy(['157.240.1.1']))).resolves.toBe(
      undefined,
    );
    await expect(checkMediaUrl('http://sim.test:8787/simulator/graph/cdn/1', policy(['127.0.0.1']))).resolves.toBe(
      undefined,
    );
  });

  it.each([
    ['a host off the list', 'https://evil.example/x', ['157.240.1.1'], /not an allowed media host/],
    ['a listed domain over http', 'http://lookaside.fbsbx.com/x', ['157.240.1.1'], /not an allowed media host/],
    ['a lookalike domain', 'https://fbsbx.com.evil.example/x', ['157.240.1.1'], /not an allowed media host/],
    ['loopback by IP', 'http://127.0.0.1:8787/v1/sync', [], /not an allowed media host/],
    ['a listed domain resolving to loopback', 'https://lookaside.fbsbx.com/x', ['127.0.0.1'], /private address/],
    ['a listed domain resolving to link-local', 'https://cdn.fbsbx.com/x', ['169.254.169.254'], /private address/],
    ['a listed domain resolving to a mapped private v6', 'https://cdn.fbsbx.com/x', ['::ffff:10.0.0.1'], /private/],
  ])('refuses %s', async (_, url, resolved, reason) => {
    await expect(checkMediaUrl(url, policy(resolved))).rejects.toThrow(reason);
  });

  it('knows private, loopback and link-local addresses of both families', () => {
    for (const address of [
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
    ])
      expect(isPublicAddress(address)).toBe(false);
    for (const address of ['157.240.1.1', '2a03:2880:f10c:83:face:b00c:0:25de'])
      expect(isPublicAddress(address)).toBe(true);
  });

  it('checks every redirect: an allowed URL cannot bounce the download to a private one', async () => {
    const asked: string[] = [];
    const fetchImpl = (async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response(null, { status: 302, headers: { location: 'http://127.0.0.1:9/secret' } });
    }) as typeof fetch;
    const channel = { ...fakeChannel({ kind: 'messenger' }), id: 'c1' };
    const job = { source_type: 'url' as const, source: 'https://lookaside.fbsbx.com/x', mime_type: 'image/png' };
    await expect(downloadMedia(channel, job, fetchImpl, policy(['157.240.1.1']))).rejects.toThrow(
      /not an allowed media host/,
    );
    expect(asked).toEqual(['https://lookaside.fbsbx.com/x']);
  });
});

describe('a signed webhook pointing at 127.0.0.1', () => {
  let t: TestServer;
  let internal: Server;
  let hits: string[];
  let origin: string;
  beforeAll(async () => {
    t = await createTestServer('pglite');
    await upsertChannel(t.store.db, t.store.secrets, fakeChannel({ kind: 'messenger', externalId: PAGE_ID }), 1);
    hits = [];
    internal = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png' }).end('internal secret');
    });
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => internal.close(resolve));
    await t.close();
  });

  const postAttachment = async (mid: string, url: string) => {
    const body = JSON.stringify({
      object: 'page',
      entry: [
        {
          id: PAGE_ID,
          time: 1,
          messaging: [
            {
              sender: { id: '6643920825689113' },
              recipient: { id: PAGE_ID },
              timestamp: t.clock.now(),
              message: { mid, attachments: [{ type: 'image', payload: { url } }] },
            },
          ],
        },
      ],
    });
    const routes = webhookRoutes({
      appSecret: 'test-secret',
      verifyToken: 'v',
      adapters: { messenger: adapters.messenger },
      ingest: (events) => t.ingest(...events),
    });
    const response = await routes.request('/messenger', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': `sha256=${createHmac('sha256', 'test-secret').update(body).digest('hex')}`,
      },
      body,
    });
    expect(response.status).toBe(200);
  };
  /** One pass of the real downloader with the real fetch. */
  const download = async (mediaHosts?: string[]) => {
    const workers = createWorkers({
      store: t.store,
      now: t.clock.now,
      log: silentLog,
      adapters: {},
      fetch,
      mediaHosts,
    });
    workers.kick('fetch');
    await workers.idle();
    await workers.stop();
  };
  const mediaOf = async (mid: string) =>
    (
      await t.store.db.query<{ status: string; last_error: string | null }>(
        `SELECT md.status, md.last_error FROM media md JOIN messages m ON m.id = md.message_id WHERE m.external_id = $1`,
        [mid],
      )
    )[0];

  it('is never fetched with the default allow-list (Meta CDNs)', async () => {
    await postAttachment('m_ssrf', `${origin}/v1/admin-only`);
    await download();
    expect(hits).toEqual([]);
    expect((await mediaOf('m_ssrf')).last_error).toMatch(/not an allowed media host/);
  });

  it('is fetched once that origin is listed (as the simulator is in the demo)', async () => {
    await postAttachment('m_listed', `${origin}/cdn/photo.png`);
    await download([origin]);
    expect(hits).toEqual(['/cdn/photo.png']);
    expect((await mediaOf('m_listed')).status).toBe('ready');
  });
});

// The whole server in process, as `npm run server` runs it: demo workspace on PGlite in a temp
// folder, real HTTP; restarting on the same data changes nothing. And main.ts refuses a bad setting.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLog } from './log';
import { parseConfig } from './parseConfig';
import { startServer } from './startServer';
import { freePort } from './testing/postgresCluster';
import { createRecordingAdapter } from './testing/recordingAdapter';
import { createPostgresDatabase, postgresUrl } from './testing/testDatabases';

describe('startServer with the demo workspace', () => {
  let dataDir: string;
  beforeAll(async () => (dataDir = await mkdtemp(join(tmpdir(), 'sidedesk-start-'))));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  async function start() {
    const port = await freePort();
    const config = parseConfig({
      SIDEDESK_DEMO: '1',
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
    return startServer(config, { log: silentLog, hostname: '127.0.0.1' });
  }

  it('serves the demo sign-ins and conversations, and a restart seeds nothing twice', async () => {
    let server = await start();
    const login = async (email: string) => {
      const response = await fetch(`${server.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'sidedesk' }),
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { token: string }).token;
    };
    const conversations = async (token: string) =>
      (
        (await (
          await fetch(`${server.url}/v1/conversations`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as {
          conversations: { assigneeId: string | null; withBot: boolean }[];
        }
      ).conversations;

    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const all = await conversations(await login('admin@sidedesk.demo'));
      expect(all.length).toBeGreaterThanOrEqual(3);
      // Two in New, and Sofía's with the bot (agents see it, read-only).
      expect(all.filter((c) => c.assigneeId === null && !c.withBot)).toHaveLength(2);
      expect(all.filter((c) => c.withBot)).toHaveLength(1);
      const ben = await conversations(await login('ben@sidedesk.demo'));
      expect(ben).toHaveLength(3);
      expect((await fetch(`${server.url}/simulator`)).status).toBe(200);
    } finally {
      await server.close();
    }

    server = await start();
    try {
      // Ana: the two New conversations, the bot's one and her own two, each once.
      expect(await conversations(await login('ana@sidedesk.demo'))).toHaveLength(5);
      const agents = await (
        await fetch(`${server.url}/v1/agents`, {
          headers: { authorization: `Bearer ${await login('ana@sidedesk.demo')}` },
        })
      ).json();
      expect((agents as { agents: unknown[] }).agents).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});

describe('startServer close()', () => {
  let dataDir: string;
  beforeAll(async () => (dataDir = await mkdtemp(join(tmpdir(), 'sidedesk-close-'))));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('waits for the campaign send in flight, and the next start finishes the campaign', async () => {
    const port = await freePort();
    const config = parseConfig({ SIDEDESK_DEMO: '1', PORT: String(port), DATA_DIR: dataDir });
    const start = (adapter: ReturnType<typeof createRecordingAdapter>) =>
      startServer(config, { log: silentLog, hostname: '127.0.0.1', adapters: { whatsapp: adapter } });
    const api = async <T>(url: string, path: string, token: string | null, body?: unknown): Promise<T> => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(`${url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as T;
    };
    const signIn = async (url: string) =>
      (
        await api<{ token: string }>(url, '/v1/auth/login', null, {
          email: 'admin@sidedesk.demo',
          password: 'sidedesk',
        })
      ).token;

    const first = createRecordingAdapter();
    const release = first.hold();
    let server = await start(first);
    const token = await signIn(server.url);
    const template = (
      await api<{ templates: { id: string; name: string }[] }>(server.url, '/v1/templates', token)
    ).templates.find((t) => t.name === 'follow_up')!;
    const { campaign } = await api<{ campaign: { id: string } }>(server.url, '/v1/campaigns', token, {
      templateId: template.id,
      params: ['there'],
      recipients: ['+4915100004001', '+4915100004002'],
    });
    // The campaign's sends (the demo's bot greets its customer through the same adapter).
    const toRecipients = (sends: typeof first.sends) => sends.filter((s) => s.to.startsWith('49'));
    await vi.waitFor(() => expect(toRecipients(first.sends)).toHaveLength(1));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release();
    await closing;

    const second = createRecordingAdapter();
    server = await start(second);
    try {
      const again = await signIn(server.url);
      const done = await vi.waitFor(
        async () => {
          const body = await api<{ campaign: { status: string }; recipients: { status: string }[] }>(
            server.url,
            `/v1/campaigns/${campaign.id}/recipients`,
            again,
          );
          expect(body.campaign.status).toBe('done');
          return body;
        },
        { timeout: 30_000 },
      );
      expect(done.recipients.map((r) => r.status)).toEqual(['sent', 'sent']);
      expect(toRecipients([...first.sends, ...second.sends]).map((s) => s.to)).toEqual([
        '4915100004001',
        '4915100004002',
      ]);
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(!postgresUrl())('startServer on PostgreSQL (DATABASE_URL)', () => {
  it('migrates, seeds the demo and serves it', async () => {
    const database = await createPostgresDatabase();
    const port = await freePort();
    const config = parseConfig({ SIDEDESK_DEMO: '1', PORT: String(port), DATABASE_URL: database.url });
    const server = await startServer(config, { log: silentLog, hostname: '127.0.0.1' });
    try {
      const response = await fetch(`${server.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ana@sidedesk.demo', password: 'sidedesk' }),
      });
      expect(response.status).toBe(200);
      expect(server.store.db.kind).toBe('postgres');
    } finally {
      await server.close();
      await database.drop();
    }
  });
});

describe('main.ts', () => {
  it('stops with one line naming the missing setting and exit code 1', () => {
    const env = { ...process.env, SIDEDESK_DEMO: '', META_APP_SECRET: '', META_VERIFY_TOKEN: '' };
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Sidedesk cannot start: META_APP_SECRET: is required (your Meta app secret; or set SIDEDESK_DEMO=1 for the demo).',
    );
  });
});

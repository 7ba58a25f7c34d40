// What an operator gets: GET /metrics behind its token (404 when none is set, 401 without it),
// counting webhooks by channel and result, ingest batches, sends and the shared job backlog; a
// request id in and out of every request, on every log line; and logs that carry no password,
// token, Authorization header or customer text, however deep they sit in the details.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog, REDACTED } from '../log';
import { createMetrics } from '../ops/createMetrics';
import { instrumentAdapters } from '../ops/instrumentAdapters';
import { buildWhatsappTextWebhook } from '../simulator/buildWebhooks';
import { signBody } from '../simulator/signBody';
import { enqueueJob } from '../store/repos/jobs';
import { createTestServer, type TestServer } from '../testing/createTestServer';
import { fakeAgentAccount } from '../testing/fakes';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { ensureAgent } from '../workspace/ensureAgent';
import { createApp } from './createApp';

const METRICS_TOKEN = 'observe-test-metrics-token';

function capturedLog() {
  const stream = new PassThrough();
  let output = '';
  stream.on('data', (chunk) => (output += String(chunk)));
  const lines = () =>
    output
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log: createLog({ destination: stream }), output: () => output, lines };
}

describe('log redaction', () => {
  it('censors secrets and message text at any depth, and bearer tokens inside strings', () => {
    const { log, output, lines } = capturedLog();
    log('outbound call', {
      authorization: 'Bearer sk-live-abcdef123456',
      headers: { Authorization: 'Bearer nested-secret-1', 'x-access-token': 'nested-secret-2' },
      channel: { access_token: 'EAAG-secret-3', accessToken: 'EAAG-secret-4' },
      login: { email: 'ana@example.com', password: 'hunter2-secret-5' },
      messages: [{ text: '¿Dónde está mi pedido 123?', caption: 'my passport photo' }],
      error: 'request failed: Authorization: Bearer leaked-secret-6',
      count: 3,
    });
    for (const secret of ['sk-live', 'nested-secret', 'EAAG-secret', 'hunter2', 'leaked-secret', 'pedido', 'passport'])
      expect(output()).not.toContain(secret);
    const [line] = lines();
    expect(line).toMatchObject({ level: 30, msg: 'outbound call', count: 3, login: { email: 'ana@example.com' } });
    expect((line.channel as Record<string, unknown>).accessToken).toBe(REDACTED);
  });
});

describeOnBothDatabases('observability', (kind) => {
  let t: TestServer;
  let app: ReturnType<typeof createApp>;
  let captured: ReturnType<typeof capturedLog>;
  let token = '';
  const account = fakeAgentAccount({ role: 'admin', password: 'correct-horse-battery-staple' });

  beforeAll(async () => {
    t = await createTestServer(kind);
    captured = capturedLog();
    const metrics = createMetrics({ db: t.store.db });
    app = createApp({
      store: t.store,
      now: t.clock.now,
      log: captured.log,
      adapters: instrumentAdapters({ whatsapp: t.adapter }, metrics),
      fetch: () => Promise.reject(new Error('no network in tests')),
      config: {
        appSecret: 'test-secret',
        verifyToken: 'v',
        publicUrl: 'http://sidedesk.test',
        metricsToken: METRICS_TOKEN,
      },
      workers: t.workers,
      metrics,
    });
    await ensureAgent(t.store, account, t.clock.now());
  });
  afterAll(() => t.close());

  const webhook = (text: string, secret = 'test-secret') => {
    const payload = buildWhatsappTextWebhook({
      phoneNumberId: t.channel.externalId,
      customer: { name: 'Ana', phone: '5491100002222' },
      text,
    });
    const { body, signature } = signBody(payload, secret);
    return app.request('/webhooks/whatsapp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
    });
  };
  const scrape = (authorization?: string) =>
    app.request('/metrics', { headers: authorization ? { authorization } : {} });

  it('/metrics needs its token, and is 404 on an app without one', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer not-the-token')).status).toBe(401);
    expect((await scrape(`Bearer ${METRICS_TOKEN}`)).status).toBe(200);
    expect((await t.app.request('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(
      404,
    );
  });

  it('counts webhooks by result, ingest batches, sends and the queue backlog', async () => {
    expect((await webhook('first')).status).toBe(200);
    expect((await webhook('forged', 'wrong-secret')).status).toBe(401);
    const login = await app.request('/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: account.password }),
    });
    token = ((await login.json()) as { token: string }).token;
    const [conversation] = await t.store.db.query<{ id: string }>('SELECT id FROM conversations');
    await app.request(`/v1/conversations/${conversation.id}/accept`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    const reply = await app.request(`/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'observe-1', text: 'On its way' }),
    });
    expect(reply.status).toBeLessThan(300);
    await t.store.write((tx) => enqueueJob(tx, { kind: 'observe.test', payload: {} }, t.clock.now() - 90_000));

    const text = await (await scrape(`Bearer ${METRICS_TOKEN}`)).text();
    expect(text).toContain('sidedesk_webhooks_total{channel="whatsapp",result="accepted",status="200"} 1');
    expect(text).toContain('sidedesk_webhooks_total{channel="whatsapp",result="refused",status="401"} 1');
    expect(text).toContain('sidedesk_ingest_batch_events_count 1');
    expect(text).toContain('sidedesk_outbound_sends_total{channel="whatsapp",result="sent"} 1');
    expect(text).toContain('sidedesk_jobs_queued{kind="observe.test"} 1');
    expect(text).toMatch(/sidedesk_jobs_oldest_due_seconds\{kind="observe.test"\} \d+/);
    // Present once the dead-letter table is (its own migration).
    const deadLetterTable = await t.store.db.query(`SELECT 1 FROM pg_tables WHERE tablename = 'dead_letters'`);
    if (deadLetterTable.length > 0) expect(text).toMatch(/sidedesk_dead_letters\{source="webhooks"\} \d+/);
    else expect(text).not.toMatch(/^sidedesk_dead_letters/m);
  });

  it('every request carries an id in and out, and its log lines carry no secret', async () => {
    const given = await app.request('/healthz', { headers: { 'x-request-id': 'lb-4711' } });
    expect(given.headers.get('x-request-id')).toBe('lb-4711');
    const fresh = await app.request('/healthz');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);

    const requests = captured.lines().filter((line) => line.msg === 'request');
    expect(requests.find((line) => line.requestId === 'lb-4711')).toMatchObject({ path: '/healthz', status: 200 });
    const output = captured.output();
    expect(output).not.toContain(account.password);
    expect(output).not.toContain(METRICS_TOKEN);
    expect(output).not.toContain('On its way');
    expect(token.length).toBeGreaterThan(10);
    expect(output).not.toContain(token);
  });
});

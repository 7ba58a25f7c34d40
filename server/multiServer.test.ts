// Two real server processes on one PostgreSQL, as behind a load balancer: a webhook received by
// one wakes a long-poll waiting on the other (LISTEN/NOTIFY); automatic closing and a campaign run
// once between them; and when the process sending a campaign is killed with -9 mid-send, the
// other finishes it, nobody getting a second copy. (The durable job queue's share-out and its
// leases after a -9 are proven in server/queue/multiProcess.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../core/replyWindow';
import { buildWhatsappTextWebhook } from './simulator/buildWebhooks';
import { signBody } from './simulator/signBody';
import { createPostgresDb } from './store/createPostgresDb';
import type { Db } from './store/db';
import { startGraphRecorder, type GraphRecorder } from './testing/graphRecorder';
import { spawnServer, type ServerProcess } from './testing/spawnServer';
import { createPostgresDatabase, postgresUrl } from './testing/testDatabases';
import { eventually } from './queue/testing/queueTestDatabase';

const SECRET = 'multi-server-secret';
const PHONE_NUMBER_ID = '100000000000777';
const METRICS_TOKEN = 'multi-server-metrics-token';
const ADMIN = { email: 'admin@multi.test', password: 'correct horse battery' };

describe.skipIf(!postgresUrl())('two server processes on one PostgreSQL [postgres]', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: Db;
  let graph: GraphRecorder;
  let one: ServerProcess;
  let two: ServerProcess;
  let token: string;

  const start = (name: string) =>
    spawnServer(name, {
      DATABASE_URL: database.url,
      META_APP_SECRET: SECRET,
      META_VERIFY_TOKEN: 'multi-verify',
      META_GRAPH_URL: graph.url,
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_ACCESS_TOKEN: 'multi-access-token',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SIDEDESK_METRICS_TOKEN: METRICS_TOKEN,
      JOB_INTERVAL_MS: '250',
    });
  const webhook = (server: ServerProcess, phone: string, text: string) => {
    const { body, signature } = signBody(
      buildWhatsappTextWebhook({
        phoneNumberId: PHONE_NUMBER_ID,
        customer: { name: `Customer ${phone}`, phone },
        text,
      }),
      SECRET,
    );
    return fetch(`${server.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
    });
  };
  /** One sample of a metric from the process's /metrics, 0 when absent. */
  const metric = async (server: ServerProcess, sample: string) => {
    const text = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
    return line ? Number(line.slice(sample.length + 1)) : 0;
  };

  beforeAll(async () => {
    database = await createPostgresDatabase();
    graph = await startGraphRecorder();
    // Started together, as after a deploy: both migrate and bootstrap the same database.
    [one, two] = await Promise.all([start('one'), start('two')]);
    db = await createPostgresDb(database.url, { max: 2 });
    const login = await two.call('POST', '/v1/auth/login', { body: ADMIN });
    expect(login.status).toBe(200);
    token = ((await login.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await db?.close();
    await graph?.close();
    await database?.drop();
  });

  it('a webhook received by one process reaches a long-poll waiting on the other', async () => {
    let cursor = 0;
    for (;;) {
      const page = (await (await two.call('GET', `/v1/sync?since=${cursor}`, { token })).json()) as {
        cursor: number;
        hasMore: boolean;
      };
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const polling = two.call('GET', `/v1/sync?since=${cursor}&wait=20`, { token });
    // Waiting for real before the webhook goes out, so only a notification can end the wait.
    await eventually(async () => (await metric(two, 'sidedesk_sync_long_polls_open')) === 1);

    expect((await webhook(one, '5491100000001', 'Hello from behind the load balancer')).status).toBe(200);
    const answer = (await (await polling).json()) as { changes: unknown[] };
    expect(JSON.stringify(answer.changes)).toContain('Hello from behind the load balancer');
  });

  it('automatic closing closes each quiet conversation once between the two', async () => {
    const phones = ['5491100000101', '5491100000102', '5491100000103', '5491100000104'];
    for (const phone of phones) expect((await webhook(one, phone, 'are you there?')).status).toBe(200);
    // 30 days of silence, older than the 23-day default.
    await db.query(
      `UPDATE conversations SET last_activity_at = last_activity_at - $1, last_inbound_at = last_inbound_at - $1
        WHERE contact_id IN (SELECT id FROM contacts WHERE external_id = ANY($2::text[]))`,
      [30 * DAY, phones],
    );
    const closed = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM conversations cv JOIN contacts ct ON ct.id = cv.contact_id
            WHERE ct.external_id = ANY($1::text[]) AND cv.status = 'closed' AND cv.close_type = 'automatic'`,
          [phones],
        )
      )[0].n;
    await eventually(async () => (await closed()) === phones.length);
    // Both kept sweeping; the closings they report add up to one per conversation.
    const reported = () =>
      [...one.lines, ...two.lines]
        .filter((line) => line.msg === 'conversations closed automatically')
        .reduce((sum, line) => sum + Number(line.count), 0);
    await eventually(async () => reported() >= phones.length);
    expect(reported()).toBe(phones.length);
  });

  it('a campaign is sent by one process; killed with -9 mid-send, the other finishes it, once each', async () => {
    const template = await one.call('POST', '/v1/templates', {
      token,
      body: { name: 'hello', language: 'en_US', category: 'marketing', body: 'Hello!' },
    });
    expect(template.status).toBe(201);
    const templateId = ((await template.json()) as { template: { id: string } }).template.id;
    const recipients = ['+4915100009001', '+4915100009002', '+4915100009003', '+4915100009004'];
    const release = graph.hold();
    const created = await one.call('POST', '/v1/campaigns', { token, body: { templateId, params: [], recipients } });
    expect(created.status).toBe(202);
    const campaignId = ((await created.json()) as { campaign: { id: string } }).campaign.id;

    await graph.waitForSends(1);
    const sender = graph.sends[0].process === one.name ? one : two;
    const survivor = sender === one ? two : one;
    // The other process has swept the campaign and left it to the sender, sending nothing.
    const busy = 'sidedesk_background_runs_total{work="campaign",outcome="busy"}';
    await eventually(async () => (await metric(survivor, busy)) >= 2);
    expect(graph.sends).toHaveLength(1);

    await sender.kill9();
    release();
    const status = async () =>
      (await db.query<{ status: string }>('SELECT status FROM campaigns WHERE id = $1', [campaignId]))[0].status;
    await eventually(async () => (await status()) === 'done');

    const digits = recipients.map((r) => r.slice(1));
    expect(graph.sends.map((s) => s.to).sort()).toEqual(digits);
    expect(graph.sends.slice(1).every((s) => s.process === survivor.name)).toBe(true);
    const outcomes = await db.query<{ status: string }>(
      'SELECT status FROM campaign_recipients WHERE campaign_id = $1 ORDER BY position',
      [campaignId],
    );
    expect(outcomes.map((o) => o.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
  });
});

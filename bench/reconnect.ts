// Coming-back benchmark: the real sync loop and outbox (Dexie on fake-indexeddb, in Node) against a
// local HTTP server that speaks the sync and send routes and is stopped for an outage, then started
// again. Prints, per round, the time from the server answering again to (a) the sync status 'live'
// and (b) the last queued reply accepted, against the backoff's floor. Not the real browser, not
// the real Sidedesk server: it measures the client's retry schedule, which is what decides this.
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeMessage } from '../core/testing/fakes';
import { createApiClient } from '../utils/api';
import { createSyncController } from '../utils/background/syncController';
import { createDb, readSyncState } from '../utils/db';
import { createOutboxRunner, enqueueReply } from '../utils/outbox';
import { BACKOFF_FLOOR_MS, sleep, type SyncDeps } from '../utils/sync';

const ROUNDS = Number(process.env.BENCH_RECONNECT_ROUNDS ?? 3);
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS ?? 20_000);
const REPLIES = 3;

/** The two routes the loop and the outbox use; a long-poll holds for its wait when nothing changed. */
function fakeSidedesk() {
  const accepted = new Map<string, number>();
  const arrivals: { text: string; at: number }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const reply = (status: number, body: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (url.pathname === '/v1/sync') {
      const wait = Number(url.searchParams.get('wait') ?? 0) * 1000;
      const answer = () => reply(200, { changes: [], cursor: 0, hasMore: false });
      return wait > 0 ? void setTimeout(answer, wait).unref() : answer();
    }
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as { clientId: string; text: string };
      const conversationId = url.pathname.split('/')[3];
      if (!accepted.has(body.clientId)) {
        accepted.set(body.clientId, accepted.size + 1);
        arrivals.push({ text: body.text, at: performance.now() });
      }
      const id = `ms_${accepted.get(body.clientId)}`;
      const message = fakeMessage({ id, conversationId, author: 'agent', text: body.text, clientId: body.clientId });
      reply(201, { message: { ...message, status: 'pending' } });
    });
  });
  return { server, arrivals };
}

const listen = (server: Server, port = 0) =>
  new Promise<number>((done) => server.listen(port, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
const stop = (server: Server) =>
  new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });

async function until(check: () => Promise<boolean>): Promise<number> {
  while (!(await check())) await sleep(5);
  return performance.now();
}

async function oneRound(round: number): Promise<{ live: number; flushed: number; inOrder: boolean }> {
  const { server, arrivals } = fakeSidedesk();
  const port = await listen(server);
  const db = createDb(`bench-reconnect-${round}`);
  const getApi = async () => createApiClient({ baseUrl: `http://127.0.0.1:${port}`, token: 't', fetch });
  const life = new AbortController();
  const outbox = createOutboxRunner({ db, getApi, now: Date.now, random: Math.random, signal: life.signal });
  const deps: SyncDeps = {
    db,
    getApi,
    onSignedOut: async () => undefined,
    onReconnected: () => outbox.flush(),
    now: Date.now,
    random: Math.random,
    sleep,
    isOnline: () => true,
  };
  const sync = createSyncController(deps);
  sync.panelConnected();
  await until(async () => (await readSyncState(db)).status === 'live');

  await stop(server);
  const texts = Array.from({ length: REPLIES }, (_, i) => `reply ${i + 1}`);
  for (const text of texts) {
    await enqueueReply(
      db,
      { conversationId: 'cv_1', text, agentId: 'ag_ana' },
      { now: Date.now, uuid: () => crypto.randomUUID() },
    );
    void outbox.kick();
  }
  await sleep(OUTAGE_MS);
  await listen(server, port);
  const back = performance.now();
  const live = await until(async () => (await readSyncState(db)).status === 'live');
  await until(async () => arrivals.length === REPLIES);
  sync.stop();
  life.abort();
  await stop(server);
  db.close();
  return {
    live: live - back,
    flushed: Math.max(...arrivals.map((a) => a.at)) - back,
    inOrder: arrivals.map((a) => a.text).join() === texts.join(),
  };
}

export async function runReconnectBenchmark(): Promise<void> {
  console.log(`\nreconnect (Node, fake-indexeddb, local HTTP server stopped ${OUTAGE_MS / 1000} s per round)`);
  for (let round = 1; round <= ROUNDS; round += 1) {
    const { live, flushed, inOrder } = await oneRound(round);
    const ratio = (ms: number) => (ms / BACKOFF_FLOOR_MS).toFixed(2);
    console.log(
      `  round ${round}: live ${Math.round(live)} ms (${ratio(live)}× floor ${BACKOFF_FLOOR_MS} ms) · ` +
        `outbox flushed ${Math.round(flushed)} ms (${ratio(flushed)}× floor) · ${inOrder ? 'in order' : 'OUT OF ORDER'}` +
        ` · target 2000 ms: ${Math.max(live, flushed) <= 2000 ? 'met' : 'MISSED'}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runReconnectBenchmark();

// The bot benchmark's server: the real app and workers (queue started) on a fresh PGlite, its
// Graph calls answered at once by a stand-in that notes when each send left for Meta.
import { performance } from 'node:perf_hooks';
import type { AiConfig } from '../server/ai/aiConfig';
import { createAiOptions } from '../server/ai/wiring/createAiOptions';
import { createAiRuntime } from '../server/ai/wiring/createAiRuntime';
import { adapters } from '../server/channels/index';
import { createApp } from '../server/http/createApp';
import { silentLog } from '../server/log';
import { createStore } from '../server/store/createStore';
import { upsertChannel } from '../server/store/repos/channels';
import { openTestDatabase } from '../server/testing/testDatabases';
import { createWorkers } from '../server/workers/createWorkers';
import { ensureAgent } from '../server/workspace/ensureAgent';

export const BENCH_SECRET = 'bench-secret';
export const PHONE_NUMBER_ID = '106540352242999';
const GRAPH = 'http://graph.bench/v23.0';

export async function startBotBenchServer(ai: AiConfig | null) {
  const database = await openTestDatabase('pglite');
  const store = await createStore(database.db);
  /** Sends to Meta so far by recipient, and who waits for the count to reach a number. */
  const sendsTo = new Map<string, number>();
  const waiting: { to: string; count: number; resolve: (at: number) => void }[] = [];
  let sent = 0;
  const graphFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(GRAPH)) return fetch(input, init);
    const at = performance.now();
    const { to } = JSON.parse(String(init?.body)) as { to: string };
    const count = (sendsTo.get(to) ?? 0) + 1;
    sendsTo.set(to, count);
    for (const w of waiting.filter((w) => w.to === to && w.count <= count)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(at);
    }
    return new Response(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: `wamid.B${++sent}` }] }), {
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  const deps = { store, now: Date.now, log: silentLog, adapters, fetch: graphFetch };
  const aiRuntime = createAiRuntime(ai, { log: silentLog, localStatus: 'not_installed' });
  const workers = createWorkers({ ...deps, aiRuntime, queuePollMs: 1_000 });
  const app = createApp({
    ...deps,
    workers,
    ai: createAiOptions(aiRuntime, { ...deps, queue: workers.queue }),
    config: { appSecret: BENCH_SECRET, verifyToken: 'v', publicUrl: 'http://bench.test' },
  });
  await upsertChannel(
    store.db,
    store.secrets,
    {
      kind: 'whatsapp',
      name: 'Bench',
      externalId: PHONE_NUMBER_ID,
      accessToken: 't',
      graphUrl: GRAPH,
      simulated: false,
    },
    Date.now(),
  );
  const admin = { email: 'bench-admin@sidedesk.test', name: 'Bench', role: 'admin' as const, password: 'bench-pass-1' };
  await ensureAgent(store, admin, Date.now());
  workers.start();
  const call = async (method: string, path: string, token: string | null, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const { token } = await call('POST', '/v1/auth/login', null, { email: admin.email, password: admin.password });
  return {
    app,
    store,
    token: token as string,
    call,
    /** Resolves with the time (performance.now) the `ahead`-th next send to `to` leaves for Meta. */
    nextSendTo: (to: string, ahead = 1) =>
      new Promise<number>((resolve) => waiting.push({ to, count: (sendsTo.get(to) ?? 0) + ahead, resolve })),
    async close() {
      await workers.stop();
      await store.close();
      await database.drop().catch(() => {});
    },
  };
}

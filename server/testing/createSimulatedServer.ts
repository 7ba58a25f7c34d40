// The real app with the real channel adapters, whose Graph calls and webhooks go through the
// simulator mounted in the same app (in process): what Meta would do, end to end, on one database.
import type { Channel } from '../../core/model';
import { adapters } from '../channels/index';
import type { ChannelConfig } from '../channels/types';
import type { AiConfig } from '../ai/aiConfig';
import type { LocalEngineStatus } from '../ai/transcription/localTranscriptionEngine';
import { createAiOptions } from '../ai/wiring/createAiOptions';
import { createAiRuntime } from '../ai/wiring/createAiRuntime';
import { createApp } from '../http/createApp';
import { silentLog } from '../log';
import { simulatorGraphUrl } from '../simulator/index';
import { createStore, type Store } from '../store/createStore';
import { upsertChannel } from '../store/repos/channels';
import { createWorkers, type Workers } from '../workers/createWorkers';
import { ensureAgent } from '../workspace/ensureAgent';
import { fakeAgentAccount, type FakeAgentAccount } from './fakes';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './testDatabases';

export const SIM_PUBLIC_URL = 'http://sidedesk.test';
export const SIM_SECRET = 'sim-secret';
export const SIM_IDS: Record<Channel, string> = {
  whatsapp: '106540352242922',
  messenger: '682498302938465',
  instagram: '17841405822304914',
};

export interface SimulatedServer {
  store: Store;
  database: TestDatabase;
  app: ReturnType<typeof createApp>;
  /** Kicked by the app, never started (no timers, nothing to resume); close() stops them. */
  workers: Workers;
  clock: { now(): number; advance(ms: number): void };
  channels: Record<Channel, ChannelConfig>;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ): Promise<{ status: number; body: any; response: Response }>;
  signIn(overrides?: Partial<FakeAgentAccount>): Promise<{ token: string; agent: { id: string } }>;
  close(): Promise<void>;
}

export interface SimulatedServerOptions {
  /** The AI provider (the OpenAI stand-in); none by default. */
  ai?: AiConfig | null;
  /** Pretend pocketsphinx is (not) there; looked for by default. */
  localEngine?: LocalEngineStatus;
  /** Wraps the server's fetch (to the simulator), e.g. to make some of its downloads fail. */
  wrapFetch?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
}

export async function createSimulatedServer(
  kind: DatabaseKind,
  options: SimulatedServerOptions = {},
): Promise<SimulatedServer> {
  const database = await openTestDatabase(kind);
  const store = await createStore(database.db);
  let time = Date.now();
  const clock = { now: () => time, advance: (ms: number) => void (time += ms) };
  const simulatorFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    if (!url.startsWith(SIM_PUBLIC_URL)) throw new Error(`no network in tests: ${url}`);
    return app.request(url.slice(SIM_PUBLIC_URL.length), init);
  }) as typeof fetch;
  const fetchImpl = options.wrapFetch ? options.wrapFetch(simulatorFetch) : simulatorFetch;
  const deps = { store, now: clock.now, log: silentLog, adapters, fetch: fetchImpl };
  const aiRuntime = createAiRuntime(options.ai ?? null, { log: silentLog, localStatus: options.localEngine });
  const workers = createWorkers({ ...deps, aiRuntime, mediaHosts: [SIM_PUBLIC_URL] });
  const app = createApp({
    ...deps,
    workers,
    ai: createAiOptions(aiRuntime, { ...deps, queue: workers.queue }),
    config: {
      appSecret: SIM_SECRET,
      verifyToken: 'v',
      publicUrl: SIM_PUBLIC_URL,
      // Tests move the clock by days: sessions outlive them.
      sessions: { idleMs: Number.MAX_SAFE_INTEGER, maxAgeMs: Number.MAX_SAFE_INTEGER },
    },
  });
  const channels = {} as Record<Channel, ChannelConfig>;
  for (const channel of ['whatsapp', 'messenger', 'instagram'] as const) {
    channels[channel] = await upsertChannel(
      store.db,
      store.secrets,
      {
        kind: channel,
        name: `Sim ${channel}`,
        externalId: SIM_IDS[channel],
        accessToken: `${channel}-token`,
        graphUrl: simulatorGraphUrl(SIM_PUBLIC_URL),
        simulated: true,
      },
      clock.now(),
    );
  }
  const request: SimulatedServer['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await app.request(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await response.clone().json() : null;
    return { status: response.status, body, response };
  };
  return {
    store,
    database,
    app,
    workers,
    clock,
    channels,
    request,
    async signIn(overrides = {}) {
      const input = fakeAgentAccount(overrides);
      await ensureAgent(store, input, clock.now());
      const { body } = await request('POST', '/v1/auth/login', {
        body: { email: input.email, password: input.password },
      });
      return body;
    },
    async close() {
      await workers.stop();
      await store.close();
      await database.drop().catch(() => {});
    },
  };
}

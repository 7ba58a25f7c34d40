// Everything an API test needs on one database kind: the real app on a fresh database, a clock the
// test moves, a recording channel adapter, one WhatsApp channel, and helpers to sign in and call.
import type { Agent } from '../../core/model';
import type { ChannelConfig, InboundEvent } from '../channels/types';
import type { AiConfig } from '../ai/aiConfig';
import { createAiOptions } from '../ai/wiring/createAiOptions';
import { createAiRuntime } from '../ai/wiring/createAiRuntime';
import type { AiOptions } from '../http/aiDeps';
import type { AppConfig } from '../http/appDeps';
import { createAiServices } from '../http/createAiServices';
import { createApp } from '../http/createApp';
import { ingestEvents } from '../ingest/ingestEvents';
import { silentLog } from '../log';
import { createStore, type Store } from '../store/createStore';
import { upsertChannel } from '../store/repos/channels';
import { createWorkers, type Workers } from '../workers/createWorkers';
import { ensureAgent } from '../workspace/ensureAgent';
import { fakeAgentAccount, fakeChannel, type FakeAgentAccount } from './fakes';
import { createRecordingAdapter, type RecordingAdapter } from './recordingAdapter';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './testDatabases';

export interface TestClock {
  now(): number;
  set(ms: number): void;
  advance(ms: number): void;
}

export interface SignedIn {
  agent: Agent;
  token: string;
}

export interface ApiResult<T = any> {
  status: number;
  body: T;
}

export interface TestServer {
  kind: DatabaseKind;
  database: TestDatabase;
  store: Store;
  app: ReturnType<typeof createApp>;
  /** Kicked by the app, never started (no timers, nothing to resume); close() stops them. */
  workers: Workers;
  clock: TestClock;
  adapter: RecordingAdapter;
  channel: ChannelConfig;
  ingest(...events: InboundEvent[]): Promise<void>;
  /** Creates an agent and signs them in through the API. */
  signIn(overrides?: Partial<FakeAgentAccount>): Promise<SignedIn>;
  call<T = any>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; signal?: AbortSignal },
  ): Promise<ApiResult<T>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Graph calls go to this app itself (its simulator's stand-in) instead of failing. */
  loopbackFetch?: boolean;
  /** AI seams to use instead of the defaults (no provider, collected-only summaries). */
  ai?: AiOptions;
  /** A real provider (the OpenAI stand-in) wired as the server wires it; `ai` still overrides. */
  aiConfig?: AiConfig;
  /** Settings beyond the test secrets (session expiry, allowed origins, trusted proxy). */
  config?: Partial<AppConfig>;
}

export async function createTestServer(kind: DatabaseKind, options: TestServerOptions = {}): Promise<TestServer> {
  const database = await openTestDatabase(kind);
  const store = await createStore(database.db);
  let time = 1_700_000_000_000;
  const clock: TestClock = { now: () => time, set: (ms) => void (time = ms), advance: (ms) => void (time += ms) };
  const adapter = createRecordingAdapter();
  const base = {
    store,
    now: clock.now,
    log: silentLog,
    adapters: { whatsapp: adapter },
    fetch: (options.loopbackFetch
      ? (input: RequestInfo | URL, init?: RequestInit) =>
          app.request(input instanceof Request ? input : String(input), init)
      : () => Promise.reject(new Error('no network in tests'))) as typeof fetch,
    config: {
      appSecret: 'test-secret',
      verifyToken: 'test-verify',
      publicUrl: 'http://sidedesk.test',
      // Tests move the clock by weeks: sessions outlive them unless a test asks for expiry.
      sessions: { idleMs: Number.MAX_SAFE_INTEGER, maxAgeMs: Number.MAX_SAFE_INTEGER },
      ...options.config,
    },
  };
  const aiRuntime = options.aiConfig
    ? createAiRuntime(options.aiConfig, { log: silentLog, localStatus: 'not_installed' })
    : undefined;
  const workers = createWorkers({ ...base, aiRuntime });
  const deps = {
    ...base,
    ai: aiRuntime ? { ...createAiOptions(aiRuntime, { ...base, queue: workers.queue }), ...options.ai } : options.ai,
  };
  const app = createApp({ ...deps, workers });
  // Direct ingest runs the same after-commit hooks as the webhook routes' queue.
  const ingestDeps = { ...deps, onFlowAnswered: createAiServices(deps).onFlowAnswered };
  const channel = await upsertChannel(store.db, fakeChannel(), clock.now());

  const call: TestServer['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await app.request(path, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
      signal: options.signal,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };

  return {
    kind,
    database,
    store,
    app,
    workers,
    clock,
    adapter,
    channel,
    ingest: (...events) => ingestEvents(ingestDeps, events),
    async signIn(overrides = {}) {
      const input = fakeAgentAccount(overrides);
      await ensureAgent(store, input, clock.now());
      const { status, body } = await call('POST', '/v1/auth/login', {
        body: { email: input.email, password: input.password },
      });
      if (status !== 200) throw new Error(`sign-in failed: ${status} ${JSON.stringify(body)}`);
      return body as SignedIn;
    },
    call,
    async close() {
      await workers.stop();
      await store.close();
      await database.drop().catch(() => {});
    },
  };
}

// What createApp needs from the outside world; main.ts and the tests each build one.
import type { Channel } from '../../core/model';
import type { Agent } from '../../core/model';
import type { ChannelAdapter } from '../channels/types';
import type { SessionPolicy } from '../auth/sessionPolicy';
import type { Log } from '../log';
import type { Metrics } from '../ops/createMetrics';
import type { Store } from '../store/createStore';
import type { Workers } from '../workers/createWorkers';
import type { AiOptions, AiServices } from './aiDeps';

export interface AppConfig {
  appSecret: string;
  verifyToken: string;
  publicUrl: string;
  /** GET /metrics answers only with this bearer token; unset: 404. */
  metricsToken?: string | null;
  /** Session expiry; DEFAULT_SESSION_POLICY when absent. */
  sessions?: SessionPolicy;
  /** Browser origins allowed to call /v1 (CORS); DEFAULT_ALLOWED_ORIGINS when absent. */
  allowedOrigins?: string[];
  /** Read the client's address from X-Forwarded-For (set by a trusted reverse proxy). */
  trustProxy?: boolean;
}

export interface AppDeps {
  store: Store;
  /** The clock (ms): reply windows and timestamps read it, so tests can move time. */
  now: () => number;
  adapters: Partial<Record<Channel, ChannelAdapter>>;
  /** Passed to the adapters for Graph calls, so tests and the simulator can stand in for Meta. */
  fetch: typeof fetch;
  config: AppConfig;
  log: Log;
  /** Background work (files, names, campaigns): the app kicks it; its owner starts and stops it. */
  workers: Pick<Workers, 'kick'>;
  /** The AI seams (provider setup, summary and suggestion makers, queue hooks); defaults: see createAiServices. */
  ai?: AiOptions;
  /** Counters for GET /metrics; none: nothing is counted. */
  metrics?: Metrics;
}

/** What the AI routes receive: AppDeps with every AI seam resolved. */
export type AiAppDeps = AppDeps & { ai: AiServices };

/** Hono's per-request variables once the bearer token is checked. */
export type AuthedEnv = { Variables: { agent: Agent; tokenHash: string } };

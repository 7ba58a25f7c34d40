// Starts the whole server in this process: database, workspace bootstrap, HTTP, background work.
// main.ts uses it with the environment's config; tests and scripts call it directly and `close()` it.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { adapters as defaultAdapters } from './channels/index';
import type { ChannelAdapter } from './channels/types';
import type { Channel } from '../core/model';
import { createApp } from './http/createApp';
import type { AiConfig } from './ai/aiConfig';
import { createAiOptions } from './ai/wiring/createAiOptions';
import { createAiRuntime } from './ai/wiring/createAiRuntime';
import type { LocalEngineStatus } from './ai/transcription/localTranscriptionEngine';
import { createLog, type Log } from './log';
import { createMetrics, type Metrics } from './ops/createMetrics';
import { instrumentAdapters } from './ops/instrumentAdapters';
import { openStore } from './openStore';
import type { ServerConfig } from './parseConfig';
import type { Store } from './store/createStore';
import { bootstrapWorkspace } from './workspace/bootstrapWorkspace';
import { createWorkers, type Workers } from './workers/createWorkers';

export interface StartOptions {
  now?: () => number;
  fetch?: typeof fetch;
  adapters?: Partial<Record<Channel, ChannelAdapter>>;
  log?: Log;
  /** Interface to listen on; all of them by default. */
  hostname?: string;
  /** How often the timers (automatic closing) run; a minute by default. */
  jobIntervalMs?: number;
  /** Replaces `config.ai` (tests point it at the OpenAI stand-in); null: no provider. */
  ai?: AiConfig | null;
  /** Skips looking for pocketsphinx (tests that need it missing). */
  localEngine?: LocalEngineStatus;
  /** How often the job queue looks for due jobs; 2 s by default. */
  queuePollMs?: number;
}

export interface RunningServer {
  url: string;
  store: Store;
  workers: Workers;
  metrics: Metrics;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const log = options.log ?? createLog({ level: config.ops.logLevel });
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    // Processes starting together take turns: two would both create the first admin.
    const bootstrap = () => bootstrapWorkspace({ store, now, log }, config);
    await (store.db.exclusive ? store.db.exclusive('bootstrap', bootstrap, { wait: true }) : bootstrap());
  } catch (error) {
    await store.close();
    throw error;
  }
  const metrics = createMetrics({ db: store.db, processMetrics: true });
  const adapters = instrumentAdapters(options.adapters ?? defaultAdapters, metrics);
  const sendDeps = { store, now, log, adapters, fetch: options.fetch ?? fetch, metrics };
  const aiRuntime = createAiRuntime(options.ai !== undefined ? options.ai : config.ai, {
    log,
    localStatus: options.localEngine,
  });
  const workers = createWorkers({
    ...sendDeps,
    jobIntervalMs: options.jobIntervalMs,
    aiRuntime,
    queuePollMs: options.queuePollMs,
  });
  const app = createApp({
    ...sendDeps,
    workers,
    ai: createAiOptions(aiRuntime, { store, now, log, queue: workers.queue }),
    config: {
      appSecret: config.appSecret,
      verifyToken: config.verifyToken,
      publicUrl: config.publicUrl,
      metricsToken: config.ops.metricsToken,
      sessions: config.sessions,
      allowedOrigins: config.allowedOrigins,
      trustProxy: config.trustProxy,
    },
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: options.hostname }, () => resolve(s as Server));
    s.once('error', reject);
  });
  // Once listening: the simulator's Graph stand-in may be this very server.
  workers.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}`,
    store,
    workers,
    metrics,
    close() {
      closing ??= (async () => {
        // Background work first, while the server still answers: a campaign's send in flight may
        // be going to this very server's simulator.
        await workers.stop();
        // Long-polls hold connections for up to 25 s: cut them rather than wait (their abort
        // signals end the waits), then close the database.
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await store.close();
      })();
      return closing;
    },
  };
}

// The server's timers: one runner that runs every job on an interval (never two runs at once).
// Each job is idempotent, so a run after a crash is harmless; with several processes on one
// PostgreSQL, one of them runs each pass (runAlone) and the others skip it.
import type { Log } from '../log';
import type { Metrics } from '../ops/createMetrics';
import type { Store } from '../store/createStore';
import { runAlone } from '../workers/runAlone';
import { autoCloseConversations } from './autoCloseConversations';

export interface JobRunnerDeps {
  store: Store;
  now: () => number;
  log: Log;
  intervalMs: number;
  metrics?: Metrics;
}

export interface JobRunner {
  /** One pass of every job now; resolves when done (joins a pass already running). */
  runOnce(): Promise<{ autoClosed: string[] }>;
  start(): void;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
}

export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  let running: Promise<{ autoClosed: string[] }> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = true;

  const runOnce = () => {
    running ??= (async () => {
      try {
        const ran = await runAlone(deps, 'autoclose', () => autoCloseConversations(deps.store, deps.now()));
        const autoClosed = ran?.value ?? [];
        if (autoClosed.length > 0) deps.log('conversations closed automatically', { count: autoClosed.length });
        return { autoClosed };
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) => deps.log('job run failed', { error: String(error) }))
        .finally(schedule);
    }, deps.intervalMs);
    timer.unref?.();
  };

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running?.catch(() => undefined);
    },
  };
}

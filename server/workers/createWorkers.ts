// The server's background work, with one owner: startServer starts and stops it, createApp only
// kicks it. 'fetch' downloads customers' files and asks Meta for Messenger/Instagram names (kicked
// after a webhook left such work); 'campaigns' sends every campaign not finished (kicked after
// POST /v1/campaigns). start() resumes both, for what a stop or crash interrupted, and starts the
// timers (automatic closing). stop() lets each pass end at its next safe point (between two files,
// between two recipients) and waits for it. The AI issue moves this work onto a durable queue.
import { resumeCampaigns } from '../campaigns/resumeCampaigns';
import { fetchPendingProfiles } from '../contacts/fetchPendingProfiles';
import { createJobRunner, type JobRunner } from '../jobs/createJobRunner';
import { downloadPendingMedia } from '../media/downloadPendingMedia';
import type { SendDeps } from '../messages/sendDeps';
import { createPass } from './createPass';

export type WorkKind = 'fetch' | 'campaigns';

export interface WorkersDeps extends SendDeps {
  /** How often the timers (automatic closing) run; a minute by default. */
  jobIntervalMs?: number;
}

export interface Workers {
  kick(kind: WorkKind): void;
  start(): void;
  /** Resolves when no pass is running (tests). */
  idle(): Promise<void>;
  /** No new passes; waits for those in flight and for a timer run in progress. */
  stop(): Promise<void>;
  readonly jobs: JobRunner;
}

export function createWorkers(deps: WorkersDeps): Workers {
  const stopping = new AbortController();
  const { signal } = stopping;
  const passes: Record<WorkKind, ReturnType<typeof createPass>> = {
    fetch: createPass(
      'fetch',
      async () => {
        await downloadPendingMedia(deps, signal);
        if (!signal.aborted) await fetchPendingProfiles(deps);
      },
      signal,
      deps.log,
    ),
    campaigns: createPass('campaigns', () => resumeCampaigns(deps, signal), signal, deps.log),
  };
  const jobs = createJobRunner({ ...deps, intervalMs: deps.jobIntervalMs ?? 60_000 });
  const idle = async () => {
    await Promise.all(Object.values(passes).map((pass) => pass.settled()));
  };

  return {
    jobs,
    kick: (kind) => passes[kind].kick(),
    start() {
      if (signal.aborted) return;
      passes.fetch.kick();
      passes.campaigns.kick();
      jobs.start();
    },
    idle,
    async stop() {
      stopping.abort();
      await Promise.all([idle(), jobs.stop()]);
    },
  };
}

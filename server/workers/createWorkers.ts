// The server's background work, with one owner: startServer starts and stops it, createApp only
// kicks it. 'fetch' downloads customers' files and asks Meta for Messenger/Instagram names (kicked
// after a webhook left such work); 'campaigns' sends every campaign not finished (kicked after
// POST /v1/campaigns). start() resumes both, for what a stop or crash interrupted, and starts the
// timers (automatic closing). stop() lets each pass end at its next safe point (between two files,
// between two recipients) and waits for it. The durable job queue (transcripts, automatic
// summaries, automations) starts and stops with them; a stop waits for the jobs in flight. With
// several processes on one PostgreSQL the timer also sweeps both passes, so the work a killed
// process left (its campaign, once its lock is gone; its download, once the claim has expired) is
// taken over.
import { AutomationPayload, createAutomationHandler } from '../automations/automationJob';
import { queueBotTurnIfWithBot } from '../bot/queueBotTurns';
import { AUTOMATION } from '../automations/scheduleAutomations';
import { resumeCampaigns } from '../campaigns/resumeCampaigns';
import { fetchPendingProfiles } from '../contacts/fetchPendingProfiles';
import { createJobRunner, type JobRunner } from '../jobs/createJobRunner';
import { downloadPendingMedia, type MediaDeps } from '../media/downloadPendingMedia';
import { sweepStaleSends } from '../messages/sweepStaleSends';
import type { SendDeps } from '../messages/sendDeps';
import type { AiRuntime } from '../ai/wiring/createAiRuntime';
import type { Metrics } from '../ops/createMetrics';
import { createJobQueue, type JobQueue } from '../queue/createJobQueue';
import { queueTranscriptionIn } from '../transcripts/queueTranscription';
import { META_MEDIA_HOSTS } from '../secrets/secretSettings';
import { createPass } from './createPass';
import { registerAiJobs } from './registerAiJobs';
import { registerBotJobs } from './registerBotJobs';
import { runAlone } from './runAlone';

/** 'jobs': the durable queue (after a webhook queued the bot's turn in its transaction). */
export type WorkKind = 'fetch' | 'campaigns' | 'stale' | 'jobs';

export interface WorkersDeps extends SendDeps {
  /** How often the timers (automatic closing) run; a minute by default. */
  jobIntervalMs?: number;
  /** The AI provider and transcription engine; none by default. */
  aiRuntime?: AiRuntime;
  /** How often the queue looks for due jobs (tests shorten it). */
  queuePollMs?: number;
  metrics?: Metrics;
  /** How often stale pending messages are looked for (sweepStaleSends); 30 s by default. */
  staleSweepMs?: number;
  /** MEDIA_HOSTS: where customers' files may be downloaded from; Meta's CDNs by default. */
  mediaHosts?: string[];
}

export interface Workers {
  kick(kind: WorkKind): void;
  start(): void;
  /** Resolves when no pass is running (tests). */
  idle(): Promise<void>;
  /** No new passes; waits for those in flight and for a timer run in progress. */
  stop(): Promise<void>;
  readonly jobs: JobRunner;
  readonly queue: JobQueue;
}

export function createWorkers(deps: WorkersDeps): Workers {
  const stopping = new AbortController();
  const { signal } = stopping;
  const ai = deps.aiRuntime ?? {
    provider: null,
    engine: null,
    setup: { chat: { kind: 'none' }, transcription: { kind: 'none' } },
  };
  const queue = createJobQueue({ store: deps.store, now: deps.now, log: deps.log, pollMs: deps.queuePollMs });
  // One pass leases every kind at once, oldest due first.
  registerBotJobs(queue, deps, ai);
  registerAiJobs(queue, deps, ai);
  queue.register(AUTOMATION, createAutomationHandler(deps), { parse: (payload) => AutomationPayload.parse(payload) });
  const media: MediaDeps = {
    ...deps,
    mediaPolicy: { hosts: deps.mediaHosts ?? META_MEDIA_HOSTS },
    onDownloaded: (tx, changes, id) =>
      queueTranscriptionIn({ queue, canTranscribe: ai.engine !== null }, tx, changes, id),
    onGivenUp: (tx, file) => queueBotTurnIfWithBot(tx, file.conversationId, `media:${file.messageId}`, deps.now()),
    afterCommit: () => queue.kick(),
  };
  let queueStarted: Promise<void> = Promise.resolve();
  const passes: Record<Exclude<WorkKind, 'jobs'>, ReturnType<typeof createPass>> = {
    fetch: createPass(
      'fetch',
      async () => {
        await downloadPendingMedia(media, signal);
        // Media downloads are claimed row by row (shared by all processes); profile look-ups are not.
        if (!signal.aborted) await runAlone(deps, 'profiles', () => fetchPendingProfiles(deps));
      },
      signal,
      deps.log,
    ),
    campaigns: createPass('campaigns', () => resumeCampaigns(deps, signal), signal, deps.log),
    stale: createPass('stale', () => sweepStaleSends(deps), signal, deps.log),
  };
  const intervalMs = deps.jobIntervalMs ?? 60_000;
  const jobs = createJobRunner({ ...deps, intervalMs });
  let sweep: ReturnType<typeof setInterval> | null = null;
  let staleTimer: ReturnType<typeof setInterval> | null = null;
  const idle = async () => {
    await Promise.all(Object.values(passes).map((pass) => pass.settled()));
  };

  return {
    jobs,
    queue,
    kick: (kind) => (kind === 'jobs' ? queue.kick() : passes[kind].kick()),
    start() {
      if (signal.aborted) return;
      passes.fetch.kick();
      passes.campaigns.kick();
      passes.stale.kick();
      // Also retries failed downloads once their lease has passed (nothing else kicks them).
      staleTimer = setInterval(() => {
        passes.stale.kick();
        passes.fetch.kick();
      }, deps.staleSweepMs ?? 30_000);
      jobs.start();
      sweep = setInterval(() => {
        passes.fetch.kick();
        passes.campaigns.kick();
      }, intervalMs);
      sweep.unref?.();
      queueStarted = queue
        .start()
        .catch((error: unknown) => deps.log('job queue failed to start', { error: String(error) }));
    },
    idle,
    async stop() {
      stopping.abort();
      if (sweep) clearInterval(sweep);
      if (staleTimer) clearInterval(staleTimer);
      await queueStarted;
      await Promise.all([idle(), jobs.stop(), queue.stop()]);
    },
  };
}

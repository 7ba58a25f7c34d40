// The server's one way of doing background work: durable jobs in SQL (repos/jobs.ts), run by
// kind with a per-kind concurrency limit. Wakes on kick() (an enqueue in this process), on
// NOTIFY (an enqueue committed by another process, PostgreSQL) and every pollMs (delayed jobs,
// retries coming due, leases of dead processes to take over).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Log } from '../log';
import type { Store } from '../store/createStore';
import type { Queryable } from '../store/db';
import {
  DEFAULT_MAX_ATTEMPTS,
  JOBS_CHANNEL,
  cancelJob,
  enqueueJob,
  jobCounts,
  leaseDueJobs,
  requeueExpiredJobs,
  type EnqueueSpec,
  type Job,
  type JobKindCounts,
} from '../store/repos/jobs';
import { DEFAULT_BACKOFF } from './backoff';
import { STOPPING, runJob } from './runJob';
import type { JobContext, JobHandler, KindOptions, Registration } from './types';

export interface JobQueueDeps {
  store: Store;
  now: () => number;
  log: Log;
  /** How often to look for due, delayed and abandoned jobs (default 2 s). */
  pollMs?: number;
  /** Names this process on its leases (default host:pid:random). */
  owner?: string;
}

export interface JobQueue {
  readonly owner: string;
  register<P>(kind: string, handler: JobHandler<P>, options?: KindOptions<P>): void;
  /**
   * Queues a job (idempotent by key) with the kind's maxAttempts, and wakes this queue. Pass the
   * caller's transaction as `q` to commit the job with the caller's writes.
   */
  enqueue(spec: EnqueueSpec, q?: Queryable): Promise<{ job: Job; created: boolean }>;
  /** Removes a queued or running job by key; false when it already finished (or never existed). */
  cancel(kind: string, key: string, q?: Queryable): Promise<boolean>;
  /** Starts polling and listening; resolves once listening. */
  start(): Promise<void>;
  /** Looks for due jobs now (after an enqueue committed in this process). No-op unless started. */
  kick(): void;
  /** Runs everything due (expired leases included) until nothing due is left and nothing runs. */
  drain(): Promise<void>;
  /**
   * Stops leasing and waits up to `timeoutMs` (default 10 s) for running handlers; then aborts
   * them, waits as long again, and gives interrupted jobs back. Resolves how many never settled.
   */
  stop(options?: { timeoutMs?: number }): Promise<{ abandoned: number }>;
  /** Calls a kind's handler without the queue (no lease, no retries): to measure the queue's overhead. */
  runDirect(kind: string, payload: unknown, options?: { signal?: AbortSignal }): Promise<void>;
  counts(): Promise<JobKindCounts[]>;
}

interface InFlight {
  controller: AbortController;
  done: Promise<void>;
}

export function createJobQueue(deps: JobQueueDeps): JobQueue {
  const { store, now, log } = deps;
  const pollMs = deps.pollMs ?? 2_000;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const registrations = new Map<string, Registration>();
  const inFlight = new Map<number, InFlight>();
  let started = false;
  let stopping = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unlisten: (() => Promise<void>) | null = null;
  // One pass at a time; a wake during a pass makes the loop go round once more.
  let passing: Promise<void> | null = null;
  let again = false;
  let sweepWanted = false;

  const launch = (reg: Registration, job: Job) => {
    reg.active += 1;
    const controller = new AbortController();
    const done = runJob({ store, now, log, owner }, reg, job, controller)
      .catch((error: unknown) => log('job bookkeeping failed', { kind: job.kind, jobId: job.id, error: String(error) }))
      .finally(() => {
        reg.active -= 1;
        inFlight.delete(job.id);
        if (!stopping) wake(false);
      });
    inFlight.set(job.id, { controller, done });
  };

  const pass = async (sweep: boolean) => {
    if (sweep) {
      const expired = await requeueExpiredJobs(store.db, now());
      for (const job of expired) log('job lease expired', { kind: job.kind, jobId: job.id, status: job.status });
    }
    if (stopping) return;
    const kinds = [...registrations.values()].map((reg) => ({
      kind: reg.kind,
      limit: reg.concurrency - reg.active,
      leaseMs: reg.leaseMs,
    }));
    const jobs = await leaseDueJobs(store.db, { kinds, owner, now: now() });
    for (const job of jobs) launch(registrations.get(job.kind)!, job);
  };

  const wake = (sweep: boolean): Promise<void> => {
    sweepWanted ||= sweep;
    if (passing) {
      again = true;
      return passing;
    }
    passing = (async () => {
      try {
        do {
          again = false;
          const thisSweep = sweepWanted;
          sweepWanted = false;
          await pass(thisSweep).catch((error: unknown) => log('job queue pass failed', { error: String(error) }));
        } while (again && !stopping);
      } finally {
        passing = null;
      }
    })();
    return passing;
  };

  const schedulePoll = () => {
    if (!started || stopping) return;
    timer = setTimeout(() => void wake(true).finally(schedulePoll), pollMs);
    timer.unref?.();
  };

  const kick = () => {
    if (started && !stopping) void wake(false);
  };

  const settled = (ms: number) => {
    const all = Promise.all([...inFlight.values()].map((f) => f.done));
    let wait: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => (wait = setTimeout(resolve, ms)));
    return Promise.race([all, timeout]).finally(() => clearTimeout(wait));
  };

  return {
    owner,
    register(kind, handler, options = {}) {
      if (registrations.has(kind)) throw new Error(`job kind ${kind} is already registered`);
      registrations.set(kind, {
        kind,
        handler: handler as JobHandler,
        concurrency: Math.max(1, options.concurrency ?? 1),
        leaseMs: options.leaseMs ?? 60_000,
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        backoff: options.backoff ?? DEFAULT_BACKOFF,
        heartbeat: options.heartbeat ?? true,
        parse: options.parse ?? null,
        active: 0,
      });
    },
    async enqueue(spec, q = store.db) {
      const maxAttempts = spec.maxAttempts ?? registrations.get(spec.kind)?.maxAttempts;
      const result = await enqueueJob(q, { ...spec, maxAttempts }, now());
      // Inside a caller's transaction this pass may run before the commit: PostgreSQL's NOTIFY
      // at commit wakes the queue again, and PGlite runs the pass after the transaction.
      if (result.created) kick();
      return result;
    },
    cancel: (kind, key, q = store.db) => cancelJob(q, kind, key),
    async start() {
      if (started) return;
      started = true;
      stopping = false;
      unlisten = store.db.listen
        ? await store.db.listen(JOBS_CHANNEL, (kind) => {
            if (registrations.has(kind)) void wake(false);
          })
        : null;
      void wake(true);
      schedulePoll();
    },
    kick,
    async drain() {
      for (;;) {
        await wake(true);
        if (inFlight.size === 0) {
          if (!passing) return;
          continue;
        }
        await Promise.race([...inFlight.values()].map((f) => f.done));
      }
    },
    async stop(options = {}) {
      const timeoutMs = options.timeoutMs ?? 10_000;
      stopping = true;
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await unlisten?.();
      unlisten = null;
      await passing;
      await settled(timeoutMs);
      if (inFlight.size > 0) {
        for (const { controller } of inFlight.values()) controller.abort(STOPPING);
        await settled(timeoutMs);
      }
      return { abandoned: inFlight.size };
    },
    async runDirect(kind, payload, options = {}) {
      const reg = registrations.get(kind);
      if (!reg) throw new Error(`job kind ${kind} is not registered`);
      const context: JobContext = {
        signal: options.signal ?? new AbortController().signal,
        completeIn: async () => {},
        completeWith: (fn) => store.write(fn),
      };
      const job = { id: 0, kind, key: null, attempt: 1, maxAttempts: 1, createdAt: now() };
      await reg.handler({ ...job, payload: reg.parse ? reg.parse(payload) : payload }, context);
    },
    counts: () => jobCounts(store.db, now()),
  };
}

// One leased job, start to finish: heartbeat, handler, then exactly one of complete, fail (with
// backoff, or for good) or release (a stop interrupted it). Every write names the lease owner,
// so a process that lost its lease changes nothing.
import type { Log } from '../log';
import type { Store } from '../store/createStore';
import type { Queryable } from '../store/db';
import { completeJob, failJob, releaseJob, renewLease, type Job } from '../store/repos/jobs';
import { backoffDelay } from './backoff';
import { LeaseLostError, PermanentJobError } from './errors';
import type { JobContext, QueuedJob, Registration } from './types';

export interface RunJobDeps {
  store: Store;
  now: () => number;
  log: Log;
  owner: string;
}

/** The abort reason of a stop that ran out of patience: the job goes back untried. */
export const STOPPING = Symbol('job queue stopping');

const MAX_ERROR_LENGTH = 500;

export async function runJob(
  deps: RunJobDeps,
  reg: Registration,
  job: Job,
  controller: AbortController,
): Promise<void> {
  const { store, now, log, owner } = deps;
  const lease = { id: job.id, owner };
  let completed = false;
  const completeIn = async (tx: Queryable) => {
    if (!(await completeJob(tx, { ...lease, now: now() }))) throw new LeaseLostError(job.id);
    completed = true;
  };
  const context: JobContext = {
    signal: controller.signal,
    completeIn,
    completeWith: (fn) =>
      store.write(async (tx, changes) => {
        const result = await fn(tx, changes);
        await completeIn(tx);
        return result;
      }),
  };
  const heartbeat = reg.heartbeat ? startHeartbeat(deps, reg, job, controller) : null;
  const details = { kind: job.kind, jobId: job.id, attempt: job.attempts };
  try {
    await reg.handler(toQueuedJob(reg, job), context);
    if (!completed && !(await completeJob(store.db, { ...lease, now: now() })))
      log('job finished after its lease was lost', details);
  } catch (error) {
    if (controller.signal.reason === STOPPING && (await releaseJob(store.db, { ...lease, now: now() }))) {
      log('job given back at shutdown', details);
      return;
    }
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    const status = await failJob(store.db, {
      ...lease,
      error: message,
      permanent: error instanceof PermanentJobError,
      retryAt: now() + backoffDelay(job.attempts, reg.backoff),
      now: now(),
    });
    if (status === null) log('job lease lost', { ...details, error: message });
    else log(status === 'failed' ? 'job failed for good' : 'job failed, will retry', { ...details, error: message });
  } finally {
    if (heartbeat) clearInterval(heartbeat);
  }
}

function toQueuedJob(reg: Registration, job: Job): QueuedJob {
  let payload = job.payload;
  if (reg.parse) {
    try {
      payload = reg.parse(job.payload);
    } catch (error) {
      throw new PermanentJobError(`invalid payload: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return {
    id: job.id,
    kind: job.kind,
    key: job.key,
    payload,
    attempt: job.attempts,
    maxAttempts: job.maxAttempts,
    createdAt: job.createdAt,
  };
}

function startHeartbeat(deps: RunJobDeps, reg: Registration, job: Job, controller: AbortController) {
  const timer = setInterval(
    () => {
      renewLease(deps.store.db, { id: job.id, owner: deps.owner, leaseMs: reg.leaseMs, now: deps.now() })
        .then((held) => {
          if (!held && !controller.signal.aborted) controller.abort(new LeaseLostError(job.id));
        })
        .catch((error: unknown) => deps.log('job lease renewal failed', { jobId: job.id, error: String(error) }));
    },
    Math.max(10, Math.floor(reg.leaseMs / 3)),
  );
  timer.unref?.();
  return timer;
}

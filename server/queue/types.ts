// The queue's public shapes: what a handler receives and how a kind of job is configured.
import type { ChangeSet } from '../store/createStore';
import type { Queryable, Tx } from '../store/db';
import type { BackoffPolicy } from './backoff';

export interface QueuedJob<P = unknown> {
  id: number;
  kind: string;
  key: string | null;
  payload: P;
  /** 1 on the first run; counts runs cut short by a crash too. */
  attempt: number;
  maxAttempts: number;
  createdAt: number;
}

export interface JobContext {
  /** Aborted when the lease is lost (another process may now run the job) or a stop ran out of patience. */
  signal: AbortSignal;
  /**
   * Marks the job done inside the handler's own transaction, so its writes and the completion
   * commit together ("never twice" across crashes). Throws LeaseLostError when this process no
   * longer holds the job: let it propagate, so the transaction rolls back.
   */
  completeIn(tx: Queryable): Promise<void>;
  /** `store.write(fn)` plus `completeIn` as its last statement. */
  completeWith<T>(fn: (tx: Tx, changes: ChangeSet) => Promise<T>): Promise<T>;
}

/**
 * Resolving completes the job (unless completeIn already did); throwing fails this attempt, with
 * backoff, or for good with a PermanentJobError. The error's message is stored as the job's
 * last_error and logged: keep secrets and the provider's raw answers out of it.
 */
export type JobHandler<P = unknown> = (job: QueuedJob<P>, context: JobContext) => Promise<void>;

export interface KindOptions<P = unknown> {
  /** Handlers of this kind running at once in this process (default 1). */
  concurrency?: number;
  /** How long a lease lasts without a heartbeat (default 60 s). */
  leaseMs?: number;
  /** Stored on jobs enqueued through this queue (default 5). */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  /** Renews the lease every leaseMs / 3 while the handler runs (default true). */
  heartbeat?: boolean;
  /** Validates the stored payload (a zod schema's `parse`); a throw fails the job for good. */
  parse?: (payload: unknown) => P;
}

export interface Registration {
  kind: string;
  handler: JobHandler;
  concurrency: number;
  leaseMs: number;
  maxAttempts: number;
  backoff: BackoffPolicy;
  heartbeat: boolean;
  parse: ((payload: unknown) => unknown) | null;
  /** Handlers of this kind running now in this process. */
  active: number;
}

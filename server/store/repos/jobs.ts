// The durable job queue's SQL (migration 009). A job is leased by one owner at a time: every
// change to a running job names its owner, so a process whose lease expired (and whose job
// another process took) can no longer complete, fail or renew it.
import type { Queryable } from '../db';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: number;
  kind: string;
  /** Unique per kind: enqueueing the same key again returns this job instead of a new one. */
  key: string | null;
  payload: unknown;
  status: JobStatus;
  /** Leases so far, the current one included. */
  attempts: number;
  maxAttempts: number;
  runAt: number;
  leaseOwner: string | null;
  leaseExpiresAt: number | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

export interface EnqueueSpec {
  kind: string;
  key?: string | null;
  payload?: unknown;
  /** Not before this time (a delayed job); now when absent. */
  runAt?: number;
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
/** Listened to by every queue on PostgreSQL: a committed enqueue wakes them at once. */
export const JOBS_CHANNEL = 'sidedesk_jobs';

const COLUMNS = `id, kind, dedupe_key AS key, payload, status, attempts, max_attempts AS "maxAttempts",
  run_at AS "runAt", lease_owner AS "leaseOwner", lease_expires_at AS "leaseExpiresAt",
  last_error AS "lastError", created_at AS "createdAt", updated_at AS "updatedAt", finished_at AS "finishedAt"`;

/**
 * Queues a job; with a key already queued, running or finished for this kind, returns that job
 * (`created: false`) and changes nothing. Inside a caller's transaction the job commits (and its
 * NOTIFY is sent) with the caller's other writes.
 */
export async function enqueueJob(
  q: Queryable,
  spec: EnqueueSpec,
  now: number,
): Promise<{ job: Job; created: boolean }> {
  const key = spec.key ?? null;
  const [inserted] = await q.query<Job>(
    `INSERT INTO jobs (kind, dedupe_key, payload, max_attempts, run_at, created_at, updated_at)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $6)
     ON CONFLICT (kind, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      spec.kind,
      key,
      JSON.stringify(spec.payload ?? {}),
      spec.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      spec.runAt ?? now,
      now,
    ],
  );
  if (inserted) {
    await q.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, spec.kind]);
    return { job: inserted, created: true };
  }
  // Read committed: the conflicting row is committed (ON CONFLICT waited for it), so this sees it.
  const existing = await findJob(q, spec.kind, key!);
  if (!existing) throw new Error(`job ${spec.kind}/${key} conflicted but cannot be found`);
  return { job: existing, created: false };
}

type LeaseKind = { kind: string; limit: number; leaseMs: number };

/** Leases up to `limit` due jobs of one kind, oldest first, skipping rows another process is leasing. */
export const leaseJobs = (q: Queryable, o: LeaseKind & { owner: string; now: number }) =>
  leaseDueJobs(q, { owner: o.owner, now: o.now, kinds: [o] });

/** `leaseJobs` for several kinds in one statement: a queue's pass is one round trip (PGlite has one connection). */
export async function leaseDueJobs(
  q: Queryable,
  options: { kinds: LeaseKind[]; owner: string; now: number },
): Promise<Job[]> {
  const kinds = options.kinds.filter((k) => k.limit > 0).map(({ kind, limit, leaseMs }) => ({ kind, limit, leaseMs }));
  if (kinds.length === 0) return [];
  const jobs = await q.query<Job>(
    `WITH picked AS (
       SELECT due.id AS job_id, k."leaseMs" AS lease_ms
         FROM jsonb_to_recordset($1::jsonb) AS k(kind text, "limit" integer, "leaseMs" bigint)
         CROSS JOIN LATERAL (SELECT id FROM jobs WHERE status = 'queued' AND kind = k.kind AND run_at <= $3
                               ORDER BY run_at, id LIMIT k."limit" FOR UPDATE SKIP LOCKED) due)
     UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_owner = $2,
            lease_expires_at = $3 + picked.lease_ms, updated_at = $3
       FROM picked WHERE jobs.id = picked.job_id
       RETURNING ${COLUMNS}`,
    [JSON.stringify(kinds), options.owner, options.now],
  );
  // Oldest first, as each kind was picked (UPDATE … RETURNING keeps no order).
  return jobs.sort((a, b) => Number(a.runAt) - Number(b.runAt) || Number(a.id) - Number(b.id));
}

/** Extends a lease (a heartbeat for long jobs); false when the owner no longer holds the job. */
export async function renewLease(
  q: Queryable,
  options: { id: number; owner: string; leaseMs: number; now: number },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET lease_expires_at = $3, updated_at = $4 WHERE id = $1 AND status = 'running' AND lease_owner = $2
     RETURNING id`,
    [options.id, options.owner, options.now + options.leaseMs, options.now],
  );
  return rows.length > 0;
}

/** Marks the job done; false when the owner no longer holds it (lease expired and taken, or cancelled). */
export async function completeJob(q: Queryable, options: { id: number; owner: string; now: number }): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'done', finished_at = $3, updated_at = $3, last_error = NULL, lease_owner = NULL, lease_expires_at = NULL
      WHERE id = $1 AND status = 'running' AND lease_owner = $2 RETURNING id`,
    [options.id, options.owner, options.now],
  );
  return rows.length > 0;
}

/**
 * Records a failed attempt: queued again at `retryAt`, or failed for good when `permanent` or
 * out of attempts. Resolves the job's new status, null when the owner no longer holds it.
 */
export async function failJob(
  q: Queryable,
  options: { id: number; owner: string; error: string; retryAt: number; permanent: boolean; now: number },
): Promise<'queued' | 'failed' | null> {
  const [row] = await q.query<{ status: 'queued' | 'failed' }>(
    `UPDATE jobs SET
        status = CASE WHEN $5::boolean OR attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
        run_at = CASE WHEN $5::boolean OR attempts >= max_attempts THEN run_at ELSE $4::bigint END,
        finished_at = CASE WHEN $5::boolean OR attempts >= max_attempts THEN $6::bigint ELSE NULL END,
        last_error = $3, lease_owner = NULL, lease_expires_at = NULL, updated_at = $6
      WHERE id = $1 AND status = 'running' AND lease_owner = $2 RETURNING status`,
    [options.id, options.owner, options.error, options.retryAt, options.permanent, options.now],
  );
  return row?.status ?? null;
}

/** Gives a job back untried (a shutdown interrupted it): queued now, the attempt not counted. */
export async function releaseJob(q: Queryable, options: { id: number; owner: string; now: number }): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'queued', attempts = GREATEST(attempts - 1, 0), run_at = $3, lease_owner = NULL,
        lease_expires_at = NULL, updated_at = $3
      WHERE id = $1 AND status = 'running' AND lease_owner = $2 RETURNING id`,
    [options.id, options.owner, options.now],
  );
  return rows.length > 0;
}

/**
 * Jobs whose lease expired (their process died or hung): queued again at once, or failed when
 * that was their last attempt — a job that kills its process every time must not loop forever.
 */
export async function requeueExpiredJobs(q: Queryable, now: number): Promise<Pick<Job, 'id' | 'kind' | 'status'>[]> {
  return q.query(
    `UPDATE jobs SET
        status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
        finished_at = CASE WHEN attempts >= max_attempts THEN $1::bigint ELSE NULL END,
        run_at = $1, last_error = 'lease expired: the process running it stopped or stalled',
        lease_owner = NULL, lease_expires_at = NULL, updated_at = $1
      WHERE id IN (SELECT id FROM jobs WHERE status = 'running' AND lease_expires_at <= $1 FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, status`,
    [now],
  );
}

/**
 * Removes a job not yet done (queued, or running: its owner can then neither complete nor renew
 * it, so work completed in the job's own transaction rolls back). False when it already finished.
 */
export async function cancelJob(q: Queryable, kind: string, key: string): Promise<boolean> {
  const rows = await q.query(
    `DELETE FROM jobs WHERE kind = $1 AND dedupe_key = $2 AND status IN ('queued', 'running') RETURNING id`,
    [kind, key],
  );
  return rows.length > 0;
}

/** A failed job queued again with fresh attempts (an agent's Retry); false unless it had failed. */
export async function retryFailedJob(q: Queryable, kind: string, key: string, now: number): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'queued', attempts = 0, run_at = $3, finished_at = NULL, updated_at = $3
      WHERE kind = $1 AND dedupe_key = $2 AND status = 'failed' RETURNING id`,
    [kind, key, now],
  );
  if (rows.length > 0) await q.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, kind]);
  return rows.length > 0;
}

export async function findJob(q: Queryable, kind: string, key: string): Promise<Job | null> {
  const [row] = await q.query<Job>(`SELECT ${COLUMNS} FROM jobs WHERE kind = $1 AND dedupe_key = $2`, [kind, key]);
  return row ?? null;
}

export async function findJobById(q: Queryable, id: number): Promise<Job | null> {
  const [row] = await q.query<Job>(`SELECT ${COLUMNS} FROM jobs WHERE id = $1`, [id]);
  return row ?? null;
}

export interface JobKindCounts {
  kind: string;
  /** Queued, due or not. */
  queued: number;
  due: number;
  running: number;
  failed: number;
  /** How long the oldest due job has waited past its run_at; 0 when none is due. */
  oldestDueAgeMs: number;
}

/** Depth and age by kind, for metrics and the admin (done jobs are not counted). */
export async function jobCounts(q: Queryable, now: number): Promise<JobKindCounts[]> {
  const rows = await q.query<Omit<JobKindCounts, 'oldestDueAgeMs'> & { oldestDueAt: number | null }>(
    `SELECT kind,
        count(*) FILTER (WHERE status = 'queued')::int AS queued,
        count(*) FILTER (WHERE status = 'queued' AND run_at <= $1)::int AS due,
        count(*) FILTER (WHERE status = 'running')::int AS running,
        count(*) FILTER (WHERE status = 'failed')::int AS failed,
        min(run_at) FILTER (WHERE status = 'queued' AND run_at <= $1) AS "oldestDueAt"
       FROM jobs WHERE status <> 'done' GROUP BY kind ORDER BY kind`,
    [now],
  );
  return rows.map(({ oldestDueAt, ...counts }) => ({
    ...counts,
    oldestDueAgeMs: oldestDueAt === null ? 0 : Math.max(0, now - Number(oldestDueAt)),
  }));
}

/** Deletes done jobs without a key finished before `before` (keyed ones stay: they are the "never twice"). */
export async function deleteFinishedJobs(q: Queryable, before: number): Promise<number> {
  const rows = await q.query(
    `DELETE FROM jobs WHERE status = 'done' AND dedupe_key IS NULL AND finished_at < $1 RETURNING id`,
    [before],
  );
  return rows.length;
}

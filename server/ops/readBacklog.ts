// The shared backlog /metrics reports: the durable queue per kind, and the webhook dead letters.
// Read from the database, so each process behind a load balancer reports the same numbers.
import type { Queryable } from '../store/db';

export interface Backlog {
  jobs: { kind: string; queued: number; running: number; oldestDueSeconds: number }[];
  /** null while the dead-letter table does not exist (its migration is not applied yet). */
  deadLetters: number | null;
}

export async function readBacklog(q: Queryable, now: number): Promise<Backlog> {
  const jobs = await q.query<{ kind: string; queued: number; running: number; oldest_due: number | null }>(
    `SELECT kind,
            count(*) FILTER (WHERE status = 'queued')::int AS queued,
            count(*) FILTER (WHERE status = 'running')::int AS running,
            min(run_at) FILTER (WHERE status = 'queued' AND run_at <= $1) AS oldest_due
       FROM jobs WHERE status IN ('queued', 'running') GROUP BY kind ORDER BY kind`,
    [now],
  );
  return {
    jobs: jobs.map((row) => ({
      kind: row.kind,
      queued: row.queued,
      running: row.running,
      oldestDueSeconds: row.oldest_due === null ? 0 : Math.max(0, (now - Number(row.oldest_due)) / 1000),
    })),
    deadLetters: await countDeadLetters(q),
  };
}

/** The dead-letter table comes with its own migration: counted once it is there. */
async function countDeadLetters(q: Queryable): Promise<number | null> {
  const [table] = await q.query<{ present: boolean }>(`SELECT to_regclass('dead_letters') IS NOT NULL AS present`);
  if (!table.present) return null;
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM dead_letters');
  return row.n;
}

// Background work that must run in one process at a time when several share one PostgreSQL
// (automatic closing, a campaign, profile look-ups): the pass takes a named advisory lock and is
// skipped where another process holds it — that one is doing the work. A process killed mid-pass
// loses its connection and the lock with it, so the next sweep elsewhere takes over. On PGlite
// there is one process, and createPass already keeps its runs apart.
import type { Metrics } from '../ops/createMetrics';
import type { Db } from '../store/db';

export interface RunAloneDeps {
  store: { db: Db };
  metrics?: Metrics;
}

/** `work` names the lock ("campaign:<id>"); the part before ":" labels the metric. */
export async function runAlone<T>(
  deps: RunAloneDeps,
  work: string,
  fn: () => Promise<T>,
): Promise<{ value: T } | null> {
  const { db } = deps.store;
  const result = db.exclusive ? await db.exclusive(work, fn) : { value: await fn() };
  deps.metrics?.backgroundRun(work.split(':')[0], result ? 'ran' : 'busy');
  return result;
}

// Run by the workers on start and every half minute: a message is never "pending" forever. A crash
// between storing a message and calling Meta, or during the call, leaves it pending; the sweep
// fails it as `not_sent` (the call never began: retrying is safe) or `uncertain` (it may have
// reached Meta: the panel asks the agent to check first). Sent cannot be known without Meta's id.
import type { Log } from '../log';
import type { Store } from '../store/createStore';
import { resolveStaleSends, STALE_LIMITS, type StaleLimits } from '../store/repos/pendingSends';

export async function sweepStaleSends(
  deps: { store: Store; now: () => number; log: Log },
  limits: StaleLimits = STALE_LIMITS,
): Promise<void> {
  const resolved = await deps.store.write(async (tx, changes) => {
    const rows = await resolveStaleSends(tx, deps.now(), limits);
    for (const row of rows) changes.add('message', row.id, row.conversation_id);
    return rows;
  });
  if (resolved.length > 0)
    deps.log('stale pending messages resolved', {
      notSent: resolved.filter((r) => r.error_code !== 'uncertain').length,
      uncertain: resolved.filter((r) => r.error_code === 'uncertain').length,
    });
}

// Ingest as the webhook routes use it: group commit through the ingest queue, channels cached
// between webhooks. (Tests and the demo seed call ingestEvents directly: one transaction each.)
import type { InboundEvent } from '../channels/types';
import type { Metrics } from '../ops/createMetrics';
import { createChannelCache } from './channelCache';
import { ingestEvents, type IngestDeps } from './ingestEvents';
import { createIngestQueue, type IngestQueue } from './ingestQueue';

/**
 * PostgreSQL runs a few transactions at once (their statements overlap on the pool; only the
 * change feed's numbering is serialised); PGlite is one connection, so one at a time.
 */
const POSTGRES_CONCURRENCY = 3;

export function createIngest(deps: Omit<IngestDeps, 'channels'> & { metrics?: Metrics }): IngestQueue {
  const ingestDeps: IngestDeps = { ...deps, channels: createChannelCache() };
  return createIngestQueue({
    commit: async (events: InboundEvent[]) => {
      const started = performance.now();
      await ingestEvents(ingestDeps, events);
      deps.metrics?.ingestBatch(events.length, (performance.now() - started) / 1000);
    },
    concurrency: deps.store.db.kind === 'postgres' ? POSTGRES_CONCURRENCY : 1,
    log: deps.log,
  });
}

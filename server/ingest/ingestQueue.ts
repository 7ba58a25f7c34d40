// Group commit for webhooks. While a transaction is in flight, the webhooks that arrive meanwhile
// wait here; when it ends they are committed together in ONE transaction, and each request is
// answered when (and only when) the transaction holding its events has committed. A busy server
// thus pays one transaction — and one turn at the change feed's lock — per batch, not per webhook.
//
// A failed batch is retried one webhook per transaction, in arrival order, so one poisoned
// webhook fails alone (Meta redelivers it) instead of failing everyone it was batched with.
import type { InboundEvent } from '../channels/types';
import type { Log } from '../log';

export interface IngestQueueOptions {
  /** Stores the events in ONE transaction; resolves only once committed. */
  commit: (events: InboundEvent[]) => Promise<void>;
  /** Transactions in flight at once: 1 on PGlite (one connection); a few on PostgreSQL. */
  concurrency?: number;
  /** A batch stops growing at this many events (one webhook is never split). */
  maxEvents?: number;
  log?: Log;
}

export interface IngestQueue {
  /** Resolves once these events are committed; rejects when they could not be. */
  ingest(events: InboundEvent[]): Promise<void>;
  /** Resolves when nothing is waiting or in flight. */
  idle(): Promise<void>;
  /** Webhooks waiting for the next batch. */
  waiting(): number;
}

interface Pending {
  events: InboundEvent[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createIngestQueue(options: IngestQueueOptions): IngestQueue {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const maxEvents = Math.max(1, options.maxEvents ?? 500);
  const log = options.log ?? (() => {});
  const waiting: Pending[] = [];
  let inFlight = 0;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];

  const take = (): Pending[] => {
    const batch = [waiting.shift()!];
    let events = batch[0].events.length;
    while (waiting.length > 0 && events + waiting[0].events.length <= maxEvents) {
      events += waiting[0].events.length;
      batch.push(waiting.shift()!);
    }
    return batch;
  };

  // The next batch is taken after the event loop has read the sockets, never straight from a
  // microtask: PGlite runs a whole transaction without leaving the microtask queue, so webhooks
  // that arrived meanwhile would otherwise never get parsed in time to join it.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      pump();
    });
  };

  const pump = () => {
    while (inFlight < concurrency && waiting.length > 0) {
      const batch = take();
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        schedule();
      });
    }
    if (inFlight === 0 && waiting.length === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const wake of waiters) wake();
    }
  };

  const run = async (batch: Pending[]) => {
    try {
      await options.commit(batch.length === 1 ? batch[0].events : batch.flatMap((p) => p.events));
      for (const p of batch) p.resolve();
      return;
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      log('ingest batch failed; committing its webhooks one by one', {
        webhooks: batch.length,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    for (const p of batch) {
      try {
        await options.commit(p.events);
        p.resolve();
      } catch (error) {
        p.reject(error);
      }
    }
  };

  return {
    ingest(events) {
      if (events.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.push({ events, resolve, reject });
        schedule();
      });
    },
    waiting: () => waiting.length,
    idle() {
      if (inFlight === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}

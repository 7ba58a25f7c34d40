// What an operator watches, in Prometheus's text format (prom-client), one registry per server so
// tests and several apps in one process never share counters. The counters are bumped where the
// work happens (webhooks, ingest, sync, sends, background passes); the queue and dead-letter
// gauges are read from the database at each scrape (refresh), so every process reports the same
// shared backlog.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queryable } from '../store/db';
import { readBacklog } from './readBacklog';

export interface Metrics {
  readonly registry: Registry;
  webhook(channel: string, status: number): void;
  ingestBatch(events: number, seconds: number): void;
  /** Returns the function that marks the long-poll closed. */
  longPollOpened(): () => void;
  outboundSend(channel: string, result: 'sent' | 'failed'): void;
  /** A background pass ran here, or found another process running it ('busy'). */
  backgroundRun(work: string, outcome: 'ran' | 'busy'): void;
  /** Reads the shared backlog into its gauges: call before each scrape. */
  refresh(): Promise<void>;
}

export function createMetrics(options: { db: Queryable; processMetrics?: boolean }): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'sidedesk_' });

  const webhooks = new Counter({
    name: 'sidedesk_webhooks_total',
    help: 'Webhook POSTs answered, by channel and result (accepted: 2xx; refused: anything else).',
    labelNames: ['channel', 'result', 'status'],
    registers,
  });
  const batchEvents = new Histogram({
    name: 'sidedesk_ingest_batch_events',
    help: 'Events committed per ingest transaction (webhooks arriving together share one).',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers,
  });
  const batchSeconds = new Histogram({
    name: 'sidedesk_ingest_batch_seconds',
    help: 'Time to commit one ingest transaction.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const longPolls = new Gauge({
    name: 'sidedesk_sync_long_polls_open',
    help: 'GET /v1/sync requests with a wait, open in this process.',
    registers,
  });
  const sends = new Counter({
    name: 'sidedesk_outbound_sends_total',
    help: 'Messages handed to a platform API, by channel and result.',
    labelNames: ['channel', 'result'],
    registers,
  });
  const background = new Counter({
    name: 'sidedesk_background_runs_total',
    help: 'Background passes started here (ran) or left to the process already running them (busy).',
    labelNames: ['work', 'outcome'],
    registers,
  });

  const queued = new Gauge({
    name: 'sidedesk_jobs_queued',
    help: 'Jobs waiting in the durable queue (all processes), by kind.',
    labelNames: ['kind'],
    registers,
  });
  const running = new Gauge({
    name: 'sidedesk_jobs_running',
    help: 'Jobs leased by a worker (all processes), by kind.',
    labelNames: ['kind'],
    registers,
  });
  const oldest = new Gauge({
    name: 'sidedesk_jobs_oldest_due_seconds',
    help: 'How long the oldest due job of each kind has waited past its run time.',
    labelNames: ['kind'],
    registers,
  });
  const deadLetters = new Gauge({
    name: 'sidedesk_dead_letters',
    help: 'Webhook payloads kept aside because they could never be stored (absent without the dead-letter table).',
    labelNames: ['source'],
    registers,
  });

  return {
    registry,
    webhook(channel, status) {
      webhooks.inc({ channel, result: status >= 200 && status < 300 ? 'accepted' : 'refused', status: String(status) });
    },
    ingestBatch(events, seconds) {
      batchEvents.observe(events);
      batchSeconds.observe(seconds);
    },
    longPollOpened() {
      longPolls.inc();
      let open = true;
      return () => {
        if (open) longPolls.dec();
        open = false;
      };
    },
    outboundSend(channel, result) {
      sends.inc({ channel, result });
    },
    backgroundRun(work, outcome) {
      background.inc({ work, outcome });
    },
    async refresh() {
      const backlog = await readBacklog(options.db, Date.now());
      for (const gauge of [queued, running, oldest, deadLetters]) gauge.reset();
      for (const row of backlog.jobs) {
        queued.set({ kind: row.kind }, row.queued);
        running.set({ kind: row.kind }, row.running);
        oldest.set({ kind: row.kind }, row.oldestDueSeconds);
      }
      if (backlog.deadLetters !== null) deadLetters.set({ source: 'webhooks' }, backlog.deadLetters);
    },
  };
}

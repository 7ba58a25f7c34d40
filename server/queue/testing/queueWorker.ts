// A separate server process for the multi-process tests: a job queue on DATABASE_URL that records
// each job it runs in `queue_effects`, in the job's own transaction. WORKER_MODE=hang writes its
// effect, says "started <id>" and never commits: the test kills it with -9 there.
import { silentLog } from '../../log';
import { openStore } from '../../openStore';
import { createJobQueue } from '../createJobQueue';

const env = (name: string, fallback?: string) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is required`);
  return value;
};
const name = env('WORKER_NAME');
const hang = env('WORKER_MODE', 'work') === 'hang';

const store = await openStore({ databaseUrl: env('DATABASE_URL'), dataDir: null });
const queue = createJobQueue({
  store,
  now: Date.now,
  log: silentLog,
  owner: name,
  pollMs: Number(env('POLL_MS', '200')),
});
const record = (id: number) => (tx: { query(sql: string, params: unknown[]): Promise<unknown> }) =>
  tx.query('INSERT INTO queue_effects (job_id, worker) VALUES ($1, $2)', [id, name]);

queue.register<{ sleepMs?: number }>(
  'test.work',
  async (job, context) => {
    if (hang) {
      await store.write(async (tx) => {
        await record(job.id)(tx);
        process.stdout.write(`started ${job.id}\n`);
        await new Promise(() => {});
      });
    }
    await new Promise((resolve) => setTimeout(resolve, job.payload.sleepMs ?? 0));
    await context.completeWith(record(job.id));
  },
  { concurrency: Number(env('CONCURRENCY', '2')), leaseMs: Number(env('LEASE_MS', '30000')) },
);
await queue.start();
process.stdout.write('ready\n');

process.on('SIGTERM', () => {
  void queue
    .stop({ timeoutMs: 2_000 })
    .then(() => store.close())
    .finally(() => process.exit(0));
});

// Several server processes on one PostgreSQL share the queue: two worker processes run 200 jobs
// between them, each exactly once; a process killed with -9 mid-job loses nothing, the other
// runs its jobs once the lease has expired, and the killed one's uncommitted work is gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/createStore';
import { enqueueJob } from '../store/repos/jobs';
import { postgresUrl } from '../testing/testDatabases';
import { eventually, queueTestDatabase, type QueueTestDatabase } from './testing/queueTestDatabase';

interface Worker {
  child: ChildProcess;
  lines: string[];
  waitFor(predicate: (lines: string[]) => boolean): Promise<void>;
}

describe.skipIf(!postgresUrl())('job queue shared by server processes [postgres]', () => {
  let database: QueueTestDatabase;
  let store: Store;
  const workers: Worker[] = [];

  const startWorker = (env: Record<string, string>): Worker => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/queue/testing/queueWorker.ts'], {
      env: { ...process.env, DATABASE_URL: database.url!, POLL_MS: '200', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    const waiters = new Set<() => void>();
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      for (const check of waiters) check();
    });
    const worker: Worker = {
      child,
      lines,
      waitFor: (predicate) =>
        new Promise((resolve, reject) => {
          const check = () => {
            if (predicate(lines)) {
              waiters.delete(check);
              resolve();
            }
          };
          child.once('exit', (code) => reject(new Error(`worker ${env.WORKER_NAME} exited (${code})`)));
          waiters.add(check);
          check();
        }),
    };
    workers.push(worker);
    return worker;
  };

  const stopWorkers = async () => {
    await Promise.all(
      workers.splice(0).map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };

  const enqueueWork = (count: number, payload: object) =>
    store.write(async (tx) => {
      const ids: number[] = [];
      for (let i = 0; i < count; i++)
        ids.push((await enqueueJob(tx, { kind: 'test.work', payload }, Date.now())).job.id);
      return ids;
    });
  const doneCount = async () =>
    (await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE status = 'done'`))[0].n;
  const effects = () =>
    store.db.query<{ job_id: number; worker: string }>('SELECT job_id, worker FROM queue_effects ORDER BY job_id');

  beforeAll(async () => {
    database = await queueTestDatabase('postgres');
    store = await database.open();
    await store.db.query('CREATE TABLE queue_effects (job_id bigint NOT NULL, worker text NOT NULL)');
  });
  afterEach(async () => {
    await stopWorkers();
    await store.db.query('TRUNCATE jobs, queue_effects');
  });
  afterAll(async () => {
    await stopWorkers();
    await store.close();
    await database.drop();
  });

  it('two processes run each of 200 jobs exactly once between them', async () => {
    const one = startWorker({ WORKER_NAME: 'one', CONCURRENCY: '4' });
    const two = startWorker({ WORKER_NAME: 'two', CONCURRENCY: '4' });
    await Promise.all([one.waitFor((l) => l.includes('ready')), two.waitFor((l) => l.includes('ready'))]);
    const ids = await enqueueWork(200, { sleepMs: 10 });
    await eventually(async () => (await doneCount()) === 200);

    const rows = await effects();
    expect(rows.map((r) => r.job_id)).toEqual([...ids].sort((a, b) => a - b));
    // Both took part (each was listening before the jobs were enqueued).
    expect(new Set(rows.map((r) => r.worker))).toEqual(new Set(['one', 'two']));
    const attempts = await store.db.query<{ attempts: number }>('SELECT DISTINCT attempts FROM jobs');
    expect(attempts).toEqual([{ attempts: 1 }]);
  });

  it('a process killed with -9 mid-job: the other runs its jobs after the lease expires, once', async () => {
    const doomed = startWorker({ WORKER_NAME: 'doomed', WORKER_MODE: 'hang', CONCURRENCY: '2', LEASE_MS: '1500' });
    await doomed.waitFor((l) => l.includes('ready'));
    const ids = await enqueueWork(6, {});
    await doomed.waitFor((l) => l.filter((line) => line.startsWith('started ')).length === 2);
    const interrupted = doomed.lines.filter((l) => l.startsWith('started ')).map((l) => Number(l.split(' ')[1]));

    const survivor = startWorker({ WORKER_NAME: 'survivor', CONCURRENCY: '2', LEASE_MS: '1500' });
    await survivor.waitFor((l) => l.includes('ready'));
    const exited = new Promise((resolve) => doomed.child.once('exit', resolve));
    doomed.child.kill('SIGKILL');
    await exited;
    await eventually(async () => (await doneCount()) === 6);

    const rows = await effects();
    expect(rows.map((r) => r.job_id)).toEqual(ids);
    expect(new Set(rows.map((r) => r.worker))).toEqual(new Set(['survivor']));
    const retried = await store.db.query<{ id: number; attempts: number }>(
      'SELECT id, attempts FROM jobs WHERE attempts > 1 ORDER BY id',
    );
    expect(retried).toEqual(interrupted.sort((a, b) => a - b).map((id) => ({ id, attempts: 2 })));
  });
});

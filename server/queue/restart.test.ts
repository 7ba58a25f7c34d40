// Jobs outlive the process: queued ones run after a new store and queue open on the same data
// (a PGlite folder, the same PostgreSQL database), and one that was running when the process
// went away runs again once its lease has expired.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { silentLog } from '../log';
import { enqueueJob, leaseJobs } from '../store/repos/jobs';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { createJobQueue } from './createJobQueue';
import { queueTestDatabase, testClock, type QueueTestDatabase } from './testing/queueTestDatabase';

describeOnBothDatabases('job queue across a restart', (kind) => {
  let database: QueueTestDatabase;
  beforeAll(async () => (database = await queueTestDatabase(kind, { persistent: true })));
  afterAll(() => database.drop());

  it('runs after reopening what was queued or running before the close, each once', async () => {
    const clock = testClock();
    const before = await database.open();
    // The oldest is leased (running) when the process goes away.
    for (const key of ['interrupted', 'a', 'b'])
      await enqueueJob(before.db, { kind: 'test.restart', key, payload: { key } }, clock.now());
    await enqueueJob(before.db, { kind: 'test.restart', key: 'delayed', runAt: clock.now() + 120_000 }, clock.now());
    await leaseJobs(before.db, {
      kind: 'test.restart',
      owner: 'old process',
      limit: 1,
      leaseMs: 30_000,
      now: clock.now(),
    });
    await before.close();

    const after = await database.open();
    try {
      const ran: string[] = [];
      const queue = createJobQueue({ store: after, now: clock.now, log: silentLog, pollMs: 60_000 });
      queue.register('test.restart', async (job) => void ran.push(job.key!), { leaseMs: 30_000 });
      await queue.drain();
      expect(ran).toEqual(['a', 'b']);
      clock.advance(30_000);
      await queue.drain();
      expect(ran).toEqual(['a', 'b', 'interrupted']);
      clock.advance(90_000);
      await queue.drain();
      expect(ran).toEqual(['a', 'b', 'interrupted', 'delayed']);
      const rows = await after.db.query<{ key: string; status: string; attempts: number }>(
        `SELECT dedupe_key AS key, status, attempts FROM jobs WHERE kind = 'test.restart' ORDER BY id`,
      );
      expect(rows).toEqual([
        { key: 'interrupted', status: 'done', attempts: 2 },
        { key: 'a', status: 'done', attempts: 1 },
        { key: 'b', status: 'done', attempts: 1 },
        { key: 'delayed', status: 'done', attempts: 1 },
      ]);
      await queue.stop();
    } finally {
      await after.close();
    }
  });
});

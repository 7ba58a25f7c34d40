// The runner with an injected clock: jobs run and complete, retries wait out their backoff,
// permanent errors stop at once, and the per-kind limit holds. (Stop and leases: leases.test.ts.)
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { silentLog } from '../log';
import type { Store } from '../store/createStore';
import { findJobById } from '../store/repos/jobs';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { createJobQueue, type JobQueue } from './createJobQueue';
import { PermanentJobError } from './errors';
import { gate, queueTestDatabase, settle, testClock, type QueueTestDatabase } from './testing/queueTestDatabase';

describeOnBothDatabases('job queue', (kind) => {
  let database: QueueTestDatabase;
  let store: Store;
  const clock = testClock();
  let queue: JobQueue;
  let n = 0;
  const freshKind = () => `test.queue${++n}`;
  const newQueue = () => (queue = createJobQueue({ store, now: clock.now, log: silentLog, pollMs: 60_000 }));
  const job = async (id: number) => (await findJobById(store.db, id))!;
  const effects = async () =>
    (await store.db.query<{ job_id: number }>('SELECT job_id FROM queue_effects ORDER BY job_id')).map((r) => r.job_id);

  beforeAll(async () => {
    database = await queueTestDatabase(kind);
    store = await database.open();
    await store.db.query('CREATE TABLE queue_effects (job_id bigint NOT NULL)');
  });
  afterEach(() => queue?.stop({ timeoutMs: 1_000 }));
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('runs a job with its payload and attempt, and completes it', async () => {
    const k = freshKind();
    const seen: unknown[] = [];
    newQueue().register<{ note: string }>(k, async (j) => void seen.push([j.payload.note, j.attempt, j.key]));
    const { job: queued } = await queue.enqueue({ kind: k, key: 'n1', payload: { note: 'hello' } });
    await queue.drain();
    expect(seen).toEqual([['hello', 1, 'n1']]);
    expect(await job(queued.id)).toMatchObject({ status: 'done', attempts: 1, finishedAt: clock.now() });
    expect((await queue.enqueue({ kind: k, key: 'n1' })).created).toBe(false);
    await queue.drain();
    expect(seen).toHaveLength(1);
  });

  it('retries after an exponential, capped backoff on the injected clock, then fails for good', async () => {
    const k = freshKind();
    const runs: number[] = [];
    newQueue().register(
      k,
      async (j) => {
        runs.push(j.attempt);
        throw new Error(`engine crashed on attempt ${j.attempt}`);
      },
      { maxAttempts: 4, backoff: { baseMs: 1_000, maxMs: 3_000 } },
    );
    const { job: queued } = await queue.enqueue({ kind: k });
    expect(queued.maxAttempts).toBe(4);
    await queue.drain();
    expect(runs).toEqual([1]);
    for (const [wait, attempt] of [
      [1_000, 2],
      [2_000, 3],
      [3_000, 4], // 4 000 capped at 3 000
    ]) {
      clock.advance(wait - 1);
      await queue.drain();
      expect(runs).toHaveLength(attempt - 1);
      clock.advance(1);
      await queue.drain();
      expect(runs).toHaveLength(attempt);
    }
    expect(await job(queued.id)).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastError: 'engine crashed on attempt 4',
    });
    clock.advance(60_000);
    await queue.drain();
    expect(runs).toEqual([1, 2, 3, 4]);
  });

  it('fails at once on a permanent error or a payload that does not parse', async () => {
    const k = freshKind();
    const runs: string[] = [];
    newQueue().register<{ id: string }>(
      k,
      async (j) => {
        runs.push(j.payload.id);
        throw new PermanentJobError('the message is gone');
      },
      {
        parse: (raw) => {
          if (typeof (raw as { id?: unknown }).id !== 'string') throw new Error('id: expected a string');
          return raw as { id: string };
        },
      },
    );
    const { job: gone } = await queue.enqueue({ kind: k, payload: { id: 'm1' } });
    const { job: bad } = await queue.enqueue({ kind: k, payload: { id: 7 } });
    await queue.drain();
    expect(runs).toEqual(['m1']);
    expect(await job(gone.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'the message is gone' });
    expect(await job(bad.id)).toMatchObject({ status: 'failed', lastError: 'invalid payload: id: expected a string' });
  });

  it('never runs more handlers of a kind at once than its concurrency, other kinds aside', async () => {
    const limited = freshKind();
    const other = freshKind();
    let running = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const otherRan: number[] = [];
    newQueue();
    queue.register(
      limited,
      async () => {
        most = Math.max(most, ++running);
        const g = gate();
        gates.push(g.open);
        await g.wait;
        running -= 1;
      },
      { concurrency: 3 },
    );
    queue.register(other, async (j) => void otherRan.push(j.id));
    for (let i = 0; i < 10; i++) await queue.enqueue({ kind: limited });
    const { job: otherJob } = await queue.enqueue({ kind: other });
    const drained = queue.drain();
    let released = 0;
    while (released < 10) {
      await settle();
      if (gates.length > released) gates[released++]();
    }
    await drained;
    expect(most).toBe(3);
    expect(otherRan).toEqual([otherJob.id]);
    expect((await queue.counts()).find((c) => c.kind === limited)).toBeUndefined();
  });

  it('runs a handler directly, without a job row, for measuring the overhead', async () => {
    const k = freshKind();
    const seen: unknown[] = [];
    newQueue().register(k, async (j, context) => {
      seen.push(j.payload);
      await context.completeWith((tx) => tx.query('INSERT INTO queue_effects (job_id) VALUES (0)'));
    });
    const before = await store.db.query('SELECT id FROM jobs');
    await queue.runDirect(k, { direct: true });
    expect(seen).toEqual([{ direct: true }]);
    expect(await effects()).toContain(0);
    expect(await store.db.query('SELECT id FROM jobs')).toHaveLength(before.length);
  });
});

// The runner's leases: stop() waits for handlers (and gives back what it cut short), abandoned
// leases are taken over, a heartbeat keeps long jobs, and work done in the job's own transaction
// commits only with its completion.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { silentLog } from '../log';
import type { Store } from '../store/createStore';
import { enqueueJob, findJobById, leaseJobs, requeueExpiredJobs } from '../store/repos/jobs';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { createJobQueue, type JobQueue } from './createJobQueue';
import { LeaseLostError } from './errors';
import {
  eventually,
  gate,
  queueTestDatabase,
  settle,
  testClock,
  type QueueTestDatabase,
} from './testing/queueTestDatabase';

describeOnBothDatabases('job queue leases', (kind) => {
  let database: QueueTestDatabase;
  let store: Store;
  const clock = testClock();
  let queue: JobQueue;
  let n = 0;
  const freshKind = () => `test.lease${++n}`;
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

  it('stop() leases nothing more and waits for the handler in flight', async () => {
    const k = freshKind();
    const g = gate();
    let started = 0;
    newQueue().register(k, async () => {
      started += 1;
      await g.wait;
    });
    await queue.start();
    const { job: first } = await queue.enqueue({ kind: k });
    while (started === 0) await settle();
    let stopped = false;
    const stopping = queue.stop().then(() => (stopped = true));
    const { job: second } = await enqueueJob(store.db, { kind: k }, clock.now());
    await settle(50);
    expect(stopped).toBe(false);
    g.open();
    await stopping;
    expect(await job(first.id)).toMatchObject({ status: 'done' });
    expect(await job(second.id)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(started).toBe(1);
  });

  it('a stop that runs out of patience aborts the handler and gives its job back untried', async () => {
    const k = freshKind();
    newQueue().register(
      k,
      (_j, { signal }) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const { job: queued } = await queue.enqueue({ kind: k });
    void queue.drain();
    while ((await job(queued.id)).status !== 'running') await settle();
    expect(await queue.stop({ timeoutMs: 20 })).toEqual({ abandoned: 0 });
    expect(await job(queued.id)).toMatchObject({ status: 'queued', attempts: 0, leaseOwner: null });
  });

  it('takes over a job whose lease expired (its process died), as attempt 2', async () => {
    const k = freshKind();
    const attempts: number[] = [];
    newQueue().register(k, async (j) => void attempts.push(j.attempt), { leaseMs: 5_000 });
    const { job: queued } = await queue.enqueue({ kind: k });
    await leaseJobs(store.db, { kind: k, owner: 'killed -9', limit: 1, leaseMs: 5_000, now: clock.now() });
    await queue.drain();
    expect(attempts).toEqual([]);
    clock.advance(5_000);
    await queue.drain();
    expect(attempts).toEqual([2]);
    expect(await job(queued.id)).toMatchObject({ status: 'done' });
  });

  it("commits the handler's writes with the completion: none when the job was cancelled meanwhile", async () => {
    const k = freshKind();
    const gates = { kept: gate(), cancelled: gate() };
    const outcomes: Record<string, string> = {};
    newQueue().register(
      k,
      async (j, context) => {
        const key = j.key as keyof typeof gates;
        await gates[key].wait;
        outcomes[key] = await context
          .completeWith((tx) => tx.query('INSERT INTO queue_effects (job_id) VALUES ($1)', [j.id]))
          .then(() => 'committed')
          .catch((error: Error) => error.name);
      },
      { concurrency: 2 },
    );
    const { job: kept } = await queue.enqueue({ kind: k, key: 'kept' });
    const { job: cancelled } = await queue.enqueue({ kind: k, key: 'cancelled' });
    const drained = queue.drain();
    while ((await job(cancelled.id)).status !== 'running') await settle();
    expect(await queue.cancel(k, 'cancelled')).toBe(true);
    gates.kept.open();
    gates.cancelled.open();
    await drained;
    expect(outcomes).toEqual({ kept: 'committed', cancelled: 'LeaseLostError' });
    expect(await effects()).toEqual([kept.id]);
    expect(await findJobById(store.db, cancelled.id)).toBeNull();
  });

  it('renews the lease while a long handler runs, and aborts the handler when its job is cancelled', async () => {
    const k = freshKind();
    const g = gate();
    let aborted: unknown = null;
    newQueue().register(
      k,
      async (_j, { signal }) => {
        signal.addEventListener('abort', () => (aborted = signal.reason));
        await g.wait;
      },
      { leaseMs: 90 },
    );
    const { job: queued } = await queue.enqueue({ kind: k, key: 'long' });
    const drained = queue.drain();
    await eventually(async () => (await job(queued.id)).status === 'running');
    const firstExpiry = (await job(queued.id)).leaseExpiresAt!;
    clock.advance(60);
    await eventually(async () => (await job(queued.id)).leaseExpiresAt! > firstExpiry);
    clock.advance(60);
    expect((await requeueExpiredJobs(store.db, clock.now())).filter((j) => j.kind === k)).toEqual([]);
    expect(aborted).toBeNull();
    await queue.cancel(k, 'long');
    await eventually(async () => aborted !== null);
    expect(aborted).toBeInstanceOf(LeaseLostError);
    g.open();
    await drained;
  });
});

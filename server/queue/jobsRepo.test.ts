// The queue's SQL on its own: idempotent enqueue, leasing due jobs, owner-guarded completion and
// failure, expired leases, cancel, retry and the metrics counts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../store/createStore';
import {
  cancelJob,
  completeJob,
  deleteFinishedJobs,
  enqueueJob,
  failJob,
  findJobById,
  jobCounts,
  leaseDueJobs,
  leaseJobs,
  renewLease,
  requeueExpiredJobs,
  retryFailedJob,
} from '../store/repos/jobs';
import { describeOnBothDatabases } from '../testing/testDatabases';
import { queueTestDatabase, testClock, type QueueTestDatabase } from './testing/queueTestDatabase';

describeOnBothDatabases('jobs repository', (kind) => {
  let database: QueueTestDatabase;
  let store: Store;
  const clock = testClock();
  let n = 0;
  /** A kind of its own per test, so tests don't lease each other's jobs. */
  const freshKind = () => `test.repo${++n}`;
  const lease = (k: string, owner = 'a', limit = 10, leaseMs = 1_000) =>
    leaseJobs(store.db, { kind: k, owner, limit, leaseMs, now: clock.now() });

  beforeAll(async () => {
    database = await queueTestDatabase(kind);
    store = await database.open();
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it('enqueues a key once per kind: again is a no-op returning the first job', async () => {
    const k = freshKind();
    const first = await enqueueJob(store.db, { kind: k, key: 'note-1', payload: { v: 1 } }, clock.now());
    const again = await enqueueJob(store.db, { kind: k, key: 'note-1', payload: { v: 2 } }, clock.now());
    expect(first.created).toBe(true);
    expect(typeof first.job.id).toBe('number');
    expect(again).toMatchObject({ created: false, job: { id: first.job.id, payload: { v: 1 } } });
    expect((await enqueueJob(store.db, { kind: freshKind(), key: 'note-1' }, clock.now())).created).toBe(true);
    const [x, y] = [
      await enqueueJob(store.db, { kind: k }, clock.now()),
      await enqueueJob(store.db, { kind: k }, clock.now()),
    ];
    expect(x.job.id).not.toBe(y.job.id);
    // Still a no-op once the job is done: the note is never transcribed twice.
    const [leased] = await lease(k, 'a', 1);
    expect(await completeJob(store.db, { id: leased.id, owner: 'a', now: clock.now() })).toBe(true);
    expect((await enqueueJob(store.db, { kind: k, key: 'note-1' }, clock.now())).job.status).toBe('done');
  });

  it('enqueues concurrently with one key: one job, every caller gets it', async () => {
    const k = freshKind();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.write((tx) => enqueueJob(tx, { kind: k, key: 'same' }, clock.now()))),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.job.id)).size).toBe(1);
  });

  it("commits with the caller's transaction, and not at all when it rolls back", async () => {
    const k = freshKind();
    await expect(
      store.write(async (tx) => {
        await enqueueJob(tx, { kind: k, key: 'rolled-back' }, clock.now());
        throw new Error('the message insert failed');
      }),
    ).rejects.toThrow('the message insert failed');
    expect(await lease(k)).toEqual([]);
    await store.write((tx) => enqueueJob(tx, { kind: k, key: 'committed' }, clock.now()));
    expect((await lease(k)).map((j) => j.key)).toEqual(['committed']);
  });

  it('leases due jobs of one kind, oldest first, up to the limit, each to one owner', async () => {
    const k = freshKind();
    for (const key of ['1', '2', '3']) await enqueueJob(store.db, { kind: k, key }, clock.now());
    await enqueueJob(store.db, { kind: k, key: 'later', runAt: clock.now() + 60_000 }, clock.now());
    await enqueueJob(store.db, { kind: freshKind(), key: 'other kind' }, clock.now());

    const a = await lease(k, 'a', 2);
    expect(a.map((j) => [j.key, j.status, j.attempts, j.leaseOwner])).toEqual([
      ['1', 'running', 1, 'a'],
      ['2', 'running', 1, 'a'],
    ]);
    const b = await lease(k, 'b', 10);
    expect(b.map((j) => j.key)).toEqual(['3']);
    expect(await completeJob(store.db, { id: a[0].id, owner: 'b', now: clock.now() })).toBe(false);
    expect(await completeJob(store.db, { id: a[0].id, owner: 'a', now: clock.now() })).toBe(true);
    expect(await findJobById(store.db, a[0].id)).toMatchObject({
      status: 'done',
      finishedAt: clock.now(),
      leaseOwner: null,
    });

    clock.advance(60_000);
    expect((await lease(k, 'b')).map((j) => j.key)).toEqual(['later']);
  });

  it('leases several kinds in one statement, each up to its own limit and with its own lease', async () => {
    const [k1, k2, k3] = [freshKind(), freshKind(), freshKind()];
    for (const key of ['1', '2', '3']) await enqueueJob(store.db, { kind: k1, key }, clock.now());
    for (const key of ['x', 'y']) await enqueueJob(store.db, { kind: k2, key }, clock.now());
    await enqueueJob(store.db, { kind: k3, key: 'busy kind' }, clock.now());

    const jobs = await leaseDueJobs(store.db, {
      kinds: [
        { kind: k1, limit: 2, leaseMs: 1_000 },
        { kind: k2, limit: 5, leaseMs: 9_000 },
        { kind: k3, limit: 0, leaseMs: 1_000 },
      ],
      owner: 'a',
      now: clock.now(),
    });
    expect(jobs.map((j) => [j.kind, j.key, j.leaseExpiresAt! - clock.now()])).toEqual([
      [k1, '1', 1_000],
      [k1, '2', 1_000],
      [k2, 'x', 9_000],
      [k2, 'y', 9_000],
    ]);
    expect((await lease(k3)).map((j) => j.key)).toEqual(['busy kind']);
    expect((await lease(k1)).map((j) => j.key)).toEqual(['3']);
  });

  it('fails with a retry time, for good when permanent or out of attempts; only by the owner', async () => {
    const k = freshKind();
    const { job } = await enqueueJob(store.db, { kind: k, maxAttempts: 2 }, clock.now());
    const fail = (owner: string, permanent = false) =>
      failJob(store.db, {
        id: job.id,
        owner,
        error: 'boom',
        retryAt: clock.now() + 5_000,
        permanent,
        now: clock.now(),
      });

    await lease(k);
    expect(await fail('someone else')).toBeNull();
    expect(await fail('a')).toBe('queued');
    expect(await findJobById(store.db, job.id)).toMatchObject({ runAt: clock.now() + 5_000, lastError: 'boom' });
    expect(await lease(k)).toEqual([]);
    clock.advance(5_000);
    expect((await lease(k)).map((j) => j.attempts)).toEqual([2]);
    expect(await fail('a')).toBe('failed');
    expect(await findJobById(store.db, job.id)).toMatchObject({ status: 'failed', finishedAt: clock.now() });

    const permanent = (await enqueueJob(store.db, { kind: k, maxAttempts: 5 }, clock.now())).job;
    await lease(k);
    const status = await failJob(store.db, {
      id: permanent.id,
      owner: 'a',
      error: 'no such message',
      retryAt: clock.now(),
      permanent: true,
      now: clock.now(),
    });
    expect(status).toBe('failed');
  });

  it('queues a job whose lease expired again (failed when that was its last attempt); renewal keeps it', async () => {
    const k = freshKind();
    const { job: crashed } = await enqueueJob(store.db, { kind: k, key: 'crashed' }, clock.now());
    const { job: renewed } = await enqueueJob(store.db, { kind: k, key: 'renewed' }, clock.now());
    const { job: poison } = await enqueueJob(store.db, { kind: k, key: 'poison', maxAttempts: 1 }, clock.now());
    await lease(k, 'dead', 10, 1_000);
    clock.advance(999);
    // (Other tests' leases expire here too: only this kind's jobs are looked at.)
    const ours = async () => (await requeueExpiredJobs(store.db, clock.now())).filter((j) => j.kind === k);
    expect(await ours()).toEqual([]);
    expect(await renewLease(store.db, { id: renewed.id, owner: 'dead', leaseMs: 1_000, now: clock.now() })).toBe(true);
    expect(await renewLease(store.db, { id: renewed.id, owner: 'other', leaseMs: 1_000, now: clock.now() })).toBe(
      false,
    );
    clock.advance(1);
    const expired = await ours();
    expect(expired.map((j) => [j.id, j.status]).sort()).toEqual(
      [
        [crashed.id, 'queued'],
        [poison.id, 'failed'],
      ].sort(),
    );
    expect((await lease(k, 'alive')).map((j) => [j.key, j.attempts])).toEqual([['crashed', 2]]);
    expect(await completeJob(store.db, { id: crashed.id, owner: 'dead', now: clock.now() })).toBe(false);
  });

  it('cancels a queued or running job by key (its owner can no longer complete it), not a finished one', async () => {
    const k = freshKind();
    await enqueueJob(store.db, { kind: k, key: 'reminder', runAt: clock.now() + 60_000 }, clock.now());
    expect(await cancelJob(store.db, k, 'reminder')).toBe(true);
    expect(await cancelJob(store.db, k, 'reminder')).toBe(false);
    expect((await enqueueJob(store.db, { kind: k, key: 'reminder' }, clock.now())).created).toBe(true);
    const [running] = await lease(k);
    expect(await cancelJob(store.db, k, 'reminder')).toBe(true);
    expect(await completeJob(store.db, { id: running.id, owner: 'a', now: clock.now() })).toBe(false);

    await enqueueJob(store.db, { kind: k, key: 'done' }, clock.now());
    const [done] = await lease(k);
    await completeJob(store.db, { id: done.id, owner: 'a', now: clock.now() });
    expect(await cancelJob(store.db, k, 'done')).toBe(false);
  });

  it('retries a failed job with fresh attempts', async () => {
    const k = freshKind();
    const { job } = await enqueueJob(store.db, { kind: k, key: 'voice', maxAttempts: 1 }, clock.now());
    expect(await retryFailedJob(store.db, k, 'voice', clock.now())).toBe(false);
    await lease(k);
    await failJob(store.db, { id: job.id, owner: 'a', error: 'x', retryAt: 0, permanent: false, now: clock.now() });
    expect(await retryFailedJob(store.db, k, 'voice', clock.now())).toBe(true);
    expect((await lease(k)).map((j) => [j.id, j.attempts])).toEqual([[job.id, 1]]);
  });

  it('counts depth and the age of the oldest due job by kind; prunes done jobs without a key', async () => {
    const k = freshKind();
    await enqueueJob(store.db, { kind: k }, clock.now());
    clock.advance(3_000);
    await enqueueJob(store.db, { kind: k }, clock.now());
    await enqueueJob(store.db, { kind: k, key: 'delayed', runAt: clock.now() + 10_000 }, clock.now());
    const [running] = await lease(k, 'a', 1);
    await enqueueJob(store.db, { kind: k, key: 'kept' }, clock.now());
    const [second] = await lease(k, 'a', 1);
    expect(second.key).toBeNull(); // the unkeyed one enqueued earlier, not "kept"
    clock.advance(2_000);
    expect((await jobCounts(store.db, clock.now())).find((c) => c.kind === k)).toEqual({
      kind: k,
      queued: 2,
      due: 1,
      running: 2,
      failed: 0,
      oldestDueAgeMs: 2_000,
    });
    await completeJob(store.db, { id: running.id, owner: 'a', now: clock.now() });
    clock.advance(1);
    expect(await deleteFinishedJobs(store.db, clock.now())).toBeGreaterThanOrEqual(1);
    expect(await findJobById(store.db, running.id)).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { patchSyncState, readSyncState, type SidedeskDb } from '@/utils/db';
import { createSyncController } from '@/utils/background/syncController';
import { fakeFetch, freshDb, json } from '@/utils/testing/fakes';
import { testSyncDeps } from '@/utils/testing/syncDeps';
import { backoffDelay } from './backoff';
import { runSyncLoop } from './syncLoop';
import { sleep } from './sleep';

const empty = (cursor: number) => json(200, { changes: [], cursor, hasMore: false });

describe('coming back after the server was away', () => {
  let db: SidedeskDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('after a short outage the next try is within a second and a half, not half a minute', () => {
    // Twenty seconds of a stopped server: about a dozen failed rounds.
    for (let failures = 1; failures <= 12; failures += 1)
      expect(backoffDelay(failures, () => 1)).toBeLessThanOrEqual(1500);
    // A long outage still backs off, so a fleet of panels does not hammer a server that stays down.
    expect(backoffDelay(40, () => 1)).toBe(30_000);
  });

  it('the round after a failure does not long-poll, so the pill is live as soon as the server answers', async () => {
    const controller = new AbortController();
    let n = 0;
    const { fetch, calls } = fakeFetch(() => {
      n += 1;
      if (n === 1) throw new TypeError('Failed to fetch');
      controller.abort();
      return empty(3);
    });
    const reconnected: number[] = [];
    const { deps } = testSyncDeps(db, fetch, { onReconnected: () => reconnected.push(n) });
    await patchSyncState(db, { status: 'live' });
    await runSyncLoop(deps, { signal: controller.signal, wait: 20 });
    expect(calls.map((c) => c.url.searchParams.get('wait'))).toEqual(['20', '0']);
    expect(await readSyncState(db)).toMatchObject({ status: 'live', failures: 0 });
    // The outbox is told at once (it flushes instead of waiting out its own backoff).
    expect(reconnected).toEqual([2]);
  });

  it('the online event cuts a long backoff short', async () => {
    // Many failures already: the loop would sleep the full 30 s cap.
    await patchSyncState(db, { status: 'offline', failures: 40 });
    let answered!: () => void;
    const second = new Promise<void>((resolve) => (answered = resolve));
    let n = 0;
    const { fetch } = fakeFetch(() => {
      n += 1;
      if (n === 1) throw new TypeError('Failed to fetch');
      answered();
      return empty(1);
    });
    const { deps } = testSyncDeps(db, fetch, { sleep, random: () => 1 });
    const sync = createSyncController(deps);
    sync.panelConnected();
    while ((await readSyncState(db)).failures < 41) await sleep(5);
    sync.nudge();
    await second;
    sync.stop();
    expect(n).toBe(2);
  });
});

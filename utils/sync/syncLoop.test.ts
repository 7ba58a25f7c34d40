import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncResponse } from '@/core/api/sync';
import { readSyncState, type SidedeskDb } from '@/utils/db';
import { fakeConversation, fakeMessage } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json } from '@/utils/testing/fakes';
import { testSyncDeps } from '@/utils/testing/syncDeps';
import { catchUp } from './catchUp';
import { runSyncLoop } from './syncLoop';
import { syncRound } from './syncRound';

const page = (changes: SyncResponse['changes'], cursor: number, hasMore = false): SyncResponse => ({
  changes,
  cursor,
  hasMore,
});

describe('the pull loop', () => {
  let db: SidedeskDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('keeps asking while hasMore, long-polling only the first request', async () => {
    const pages = [
      page([{ seq: 1, type: 'conversation', data: fakeConversation() }], 1, true),
      page([{ seq: 2, type: 'conversation', data: fakeConversation({ id: 'cv_2' }) }], 2, false),
    ];
    // Page 2 starts past cursor 0, so cv_2 counts as newly seen and its history is fetched.
    const { fetch, calls: all } = fakeFetch((req) =>
      req.url.pathname === '/v1/sync' ? json(200, pages.shift()) : json(200, { messages: [], nextBefore: null }),
    );
    const { deps } = testSyncDeps(db, fetch);
    await catchUp(deps, { wait: 20 });
    const calls = all.filter((c) => c.url.pathname === '/v1/sync');
    expect(calls.map((c) => [c.url.searchParams.get('since'), c.url.searchParams.get('wait')])).toEqual([
      ['0', '20'],
      ['1', '0'],
    ]);
    expect(calls[0].url.pathname).toBe('/v1/sync');
    expect(await db.conversations.count()).toBe(2);
    expect((await readSyncState(db)).cursor).toBe(2);
  });

  it('401 signs out: status signed_out and the session forgotten', async () => {
    const { fetch } = fakeFetch(() => json(401, { error: { code: 'unauthorized', message: 'Token expired' } }));
    const { deps, isSignedOut } = testSyncDeps(db, fetch);
    const controller = new AbortController();
    await runSyncLoop(deps, { signal: controller.signal });
    expect((await readSyncState(db)).status).toBe('signed_out');
    expect(isSignedOut()).toBe(true);
  });

  it('network errors with the browser online mean reconnecting (the server, not the browser), with growing jittered backoff', async () => {
    let n = 0;
    const controller = new AbortController();
    const { fetch } = fakeFetch(() => {
      n += 1;
      if (n === 4) controller.abort();
      throw new TypeError('Failed to fetch');
    });
    const statuses: string[] = [];
    const { deps, sleeps } = testSyncDeps(db, fetch, {
      sleep: async (ms) => {
        sleeps.push(ms);
        statuses.push((await readSyncState(db)).status);
      },
    });
    await runSyncLoop(deps, { signal: controller.signal });
    expect(statuses).toEqual(['reconnecting', 'reconnecting', 'reconnecting']);
    // random() = 0.5 → three quarters of 0.5 s, 1 s, then the short outage's 1.5 s cap
    expect(sleeps).toEqual([375, 750, 1125]);
  });

  it('a success after failures resets the status to live', async () => {
    let fail = true;
    const { fetch } = fakeFetch(() => {
      if (fail) throw new TypeError('Failed to fetch');
      return json(200, page([], 7));
    });
    const { deps } = testSyncDeps(db, fetch);
    expect(await syncRound(deps, { wait: 0 })).toEqual({ kind: 'failed', failures: 1 });
    fail = false;
    expect(await syncRound(deps, { wait: 0 })).toEqual({ kind: 'ok', changes: 0 });
    expect(await readSyncState(db)).toMatchObject({ status: 'live', failures: 0, cursor: 7, lastError: null });
  });

  it('a server error code is shown as an error with the server message', async () => {
    const { fetch } = fakeFetch(() => json(400, { error: { code: 'invalid', message: 'since must be a number' } }));
    const { deps } = testSyncDeps(db, fetch);
    await syncRound(deps, { wait: 0 });
    expect(await readSyncState(db)).toMatchObject({ status: 'error', lastError: 'since must be a number' });
  });

  it('backfills the history of a conversation that newly appears', async () => {
    const history = [
      fakeMessage({ id: 'old_1', conversationId: 'cv_2' }),
      fakeMessage({ id: 'old_2', conversationId: 'cv_2' }),
    ];
    const { fetch, calls } = fakeFetch((req) => {
      if (req.url.pathname === '/v1/sync') {
        const since = Number(req.url.searchParams.get('since'));
        return since === 0
          ? json(200, page([{ seq: 1, type: 'conversation', data: fakeConversation() }], 1))
          : json(
              200,
              page([{ seq: 9, type: 'conversation', data: fakeConversation({ id: 'cv_2', assigneeId: 'ag_ana' }) }], 9),
            );
      }
      if (req.url.pathname === '/v1/conversations/cv_2/messages') {
        return req.url.searchParams.get('before') === null
          ? json(200, { messages: [history[1]], nextBefore: 5 })
          : json(200, { messages: [history[0]], nextBefore: null });
      }
      return json(404, { error: { code: 'not_found', message: 'no' } });
    });
    const { deps } = testSyncDeps(db, fetch);
    await catchUp(deps, { wait: 0 });
    await catchUp(deps, { wait: 0 });
    expect(
      calls.filter((c) => c.url.pathname.includes('/messages')).map((c) => c.url.searchParams.get('before')),
    ).toEqual([null, '5']);
    expect((await db.messages.where('conversationId').equals('cv_2').primaryKeys()).sort()).toEqual(['old_1', 'old_2']);
    expect(await db.pendingBackfill.count()).toBe(0);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const { fetch, calls } = fakeFetch(() => {
      controller.abort();
      return json(200, page([], 1));
    });
    const { deps } = testSyncDeps(db, fetch);
    await runSyncLoop(deps, { signal: controller.signal });
    expect(calls).toHaveLength(1);
  });
});

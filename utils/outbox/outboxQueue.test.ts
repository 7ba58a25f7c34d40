import { beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '@/core/model';
import { createApiClient } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import { NOW, fakeMessage } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json, type Recorded } from '@/utils/testing/fakes';
import { deliverOutbox } from './deliverOutbox';
import { enqueueReply } from './enqueueReply';
import { retryMessage } from './retryMessage';

type Body = { clientId: string; text?: string };

/** A server that keeps one message per clientId (its idempotency) and can be down or refuse. */
function fakeServer() {
  const accepted = new Map<string, Message>();
  const arrivals: string[] = [];
  const state = { down: false, refuse: new Set<string>() };
  const { fetch, calls } = fakeFetch((req: Recorded) => {
    if (state.down) throw new TypeError('Failed to fetch');
    const body = req.body as Body;
    const conversationId = req.url.pathname.split('/')[3];
    if (state.refuse.has(body.text ?? '')) {
      return json(409, { error: { code: 'window_closed', message: 'The 24-hour window closed.' } });
    }
    let message = accepted.get(body.clientId);
    if (!message) {
      message = fakeMessage({
        id: `ms_${accepted.size + 1}`,
        conversationId,
        author: 'agent',
        text: body.text ?? '',
        clientId: body.clientId,
        status: 'pending',
      });
      accepted.set(body.clientId, message);
      arrivals.push(`${conversationId}:${body.text}`);
    }
    return json(201, { message });
  });
  return { fetch, calls, state, arrivals };
}

describe('the outbox, one queue per conversation', () => {
  let db: SidedeskDb;
  let now: number;
  let seq: number;
  beforeEach(() => {
    db = freshDb();
    now = NOW;
    seq = 0;
  });
  const uuid = () => `c0ffee00-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
  const write = (text: string, conversationId = 'cv_1') =>
    enqueueReply(db, { conversationId, text, agentId: 'ag_ana' }, { now: () => now, uuid });

  function deps(fetch: typeof globalThis.fetch, randoms: number[] = []) {
    return {
      db,
      getApi: async () => createApiClient({ baseUrl: 'http://sidedesk.test', token: 't', fetch }),
      now: () => now,
      // Each failed attempt draws its own jitter: the first reply may well draw the longest wait.
      random: () => randoms.shift() ?? 0.5,
    };
  }

  it('replies written offline leave in the order written, once each, whatever the jitter', async () => {
    const server = fakeServer();
    const d = deps(server.fetch, [1, 0, 0.5]);
    await write('1');
    await write('2');
    await write('3');
    server.state.down = true;
    await deliverOutbox(d);
    server.state.down = false;
    // The runner wakes when the earliest entry is due, a little at a time, as the timer would.
    for (let step = 0; step < 40 && (await db.outbox.count()) > 0; step += 1) {
      now += 100;
      await deliverOutbox(d);
    }
    expect(server.arrivals).toEqual(['cv_1:1', 'cv_1:2', 'cv_1:3']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a refused head holds the replies behind it, and says so, until it is retried', async () => {
    const server = fakeServer();
    const d = deps(server.fetch);
    server.state.refuse.add('1');
    const first = await write('1');
    const second = await write('2');
    await write('elsewhere', 'cv_2');
    expect(await deliverOutbox(d)).toBeNull();
    expect(await db.messages.get(`local:${first}`)).toMatchObject({ status: 'failed' });
    expect(await db.messages.get(`local:${second}`)).toMatchObject({ status: 'held' });
    // The other conversation is not blocked.
    expect(server.arrivals).toEqual(['cv_2:elsewhere']);
    await deliverOutbox(d);
    expect(server.arrivals).toEqual(['cv_2:elsewhere']);

    server.state.refuse.clear();
    await retryMessage(db, (await d.getApi())!, `local:${first}`, now);
    expect(await db.messages.get(`local:${second}`)).toMatchObject({ status: 'sending' });
    await deliverOutbox(d);
    expect(server.arrivals).toEqual(['cv_2:elsewhere', 'cv_1:1', 'cv_1:2']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a transient failure retries the head and nothing behind it goes first', async () => {
    const server = fakeServer();
    const d = deps(server.fetch);
    await write('1');
    await write('2');
    server.state.down = true;
    const next = await deliverOutbox(d);
    expect(server.calls).toHaveLength(1);
    server.state.down = false;
    expect(await deliverOutbox(d)).toBe(next);
    expect(server.calls).toHaveLength(1);
    // The server is back: a flush does not wait out the backoff.
    await deliverOutbox(d, undefined, { force: true });
    expect(server.arrivals).toEqual(['cv_1:1', 'cv_1:2']);
  });

  it('a lost response is sent again under the same clientId and lands once', async () => {
    const server = fakeServer();
    let lose = true;
    const lossy = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await server.fetch(input, init);
      if (lose) {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      return res;
    }) as typeof globalThis.fetch;
    await write('1');
    await write('2');
    await deliverOutbox(deps(lossy), undefined, { force: true });
    await deliverOutbox(deps(lossy), undefined, { force: true });
    expect(server.arrivals).toEqual(['cv_1:1', 'cv_1:2']);
    expect(await db.messages.toCollection().primaryKeys()).toEqual(['ms_1', 'ms_2']);
  });
});

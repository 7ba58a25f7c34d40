import { beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '@/core/model';
import { createApiClient } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import { applyChanges } from '@/utils/sync';
import { NOW, fakeMessage } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json } from '@/utils/testing/fakes';
import { deliverOutbox } from './deliverOutbox';
import { enqueueReply } from './enqueueReply';
import { retryMessage } from './retryMessage';

const uuid = () => 'c0ffee00-0000-4000-8000-000000000001';
const draft = { conversationId: 'cv_1', text: 'On my way', agentId: 'ag_ana' };
const serverCopy = (overrides: Partial<Message> = {}) =>
  fakeMessage({
    id: 'ms_srv',
    author: 'agent',
    agentId: 'ag_ana',
    text: 'On my way',
    status: 'pending',
    clientId: uuid(),
    ...overrides,
  });

describe('outbox', () => {
  let db: SidedeskDb;
  let now: number;
  beforeEach(() => {
    db = freshDb();
    now = NOW;
  });

  function deps(fetch: typeof globalThis.fetch) {
    return {
      db,
      getApi: async () => createApiClient({ baseUrl: 'http://sidedesk.test', token: 't', fetch }),
      now: () => now,
      random: () => 0.5,
    };
  }

  it('shows the reply at once as a local sending message', async () => {
    const clientId = await enqueueReply(db, draft, { now: () => now, uuid });
    const thread = await db.messages.where('conversationId').equals('cv_1').toArray();
    expect(thread).toMatchObject([
      { id: `local:${clientId}`, status: 'sending', text: 'On my way', author: 'agent', clientId },
    ]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('retries transient failures later with the same clientId, then swaps in the server copy', async () => {
    await enqueueReply(db, draft, { now: () => now, uuid });
    let attempt = 0;
    const { fetch, calls } = fakeFetch(() => {
      attempt += 1;
      if (attempt === 1) throw new TypeError('Failed to fetch');
      if (attempt === 2) return json(503, { error: { code: 'internal', message: 'busy' } });
      return json(201, { message: serverCopy() });
    });
    const d = deps(fetch);
    const next = await deliverOutbox(d);
    expect(next).toBeGreaterThan(now);
    expect(await deliverOutbox(d)).toBe(next); // not due yet: nothing sent
    now = next!;
    await deliverOutbox(d);
    now += 60_000;
    expect(await deliverOutbox(d)).toBeNull();

    expect(calls.map((c) => (c.body as { clientId: string }).clientId)).toEqual([uuid(), uuid(), uuid()]);
    expect(await db.messages.toArray()).toMatchObject([{ id: 'ms_srv', status: 'pending' }]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('no duplicate bubble when sync brings the server copy before the response does', async () => {
    await enqueueReply(db, draft, { now: () => now, uuid });
    await applyChanges(
      db,
      {
        since: 0,
        response: {
          changes: [{ seq: 1, type: 'message', data: serverCopy({ status: 'delivered' }) }],
          cursor: 1,
          hasMore: false,
        },
      },
      now,
    );
    expect(await db.outbox.count()).toBe(0);
    // The late response of an earlier attempt carries an older status: it must not move it back.
    await db.outbox.put({
      clientId: uuid(),
      conversationId: 'cv_1',
      text: 'On my way',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
    const { fetch } = fakeFetch(() => json(200, { message: serverCopy({ status: 'pending' }) }));
    await deliverOutbox(deps(fetch));
    expect(await db.messages.toArray()).toMatchObject([{ id: 'ms_srv', status: 'delivered' }]);
  });

  it('window_closed is final: the local entry shows the server message and is not retried', async () => {
    const clientId = await enqueueReply(db, draft, { now: () => now, uuid });
    const { fetch, calls } = fakeFetch(() =>
      json(409, {
        error: { code: 'window_closed', message: 'The 24-hour window closed. Only templates can be sent.' },
      }),
    );
    expect(await deliverOutbox(deps(fetch))).toBeNull();
    expect(await db.messages.get(`local:${clientId}`)).toMatchObject({
      status: 'failed',
      error: { code: 'window_closed', message: 'The 24-hour window closed. Only templates can be sent.' },
    });
    await deliverOutbox(deps(fetch));
    expect(calls).toHaveLength(1);
  });

  it('Retry on a local failure re-queues it under the same clientId', async () => {
    const clientId = await enqueueReply(db, draft, { now: () => now, uuid });
    const first = fakeFetch(() => json(400, { error: { code: 'invalid', message: 'nope' } }));
    await deliverOutbox(deps(first.fetch));
    const api = createApiClient({ baseUrl: 'http://sidedesk.test', fetch: first.fetch });
    await retryMessage(db, api, `local:${clientId}`, now);
    expect(await db.messages.get(`local:${clientId}`)).toMatchObject({ status: 'sending', error: null });
    const second = fakeFetch(() => json(201, { message: serverCopy() }));
    await deliverOutbox(deps(second.fetch));
    expect((second.calls[0].body as { clientId: string }).clientId).toBe(clientId);
    expect(await db.messages.toCollection().primaryKeys()).toEqual(['ms_srv']);
  });

  it('Retry on a message Meta refused asks the server to re-send it', async () => {
    await db.messages.put(
      serverCopy({ status: 'failed', error: { code: '131047', message: 'Re-engagement message' } }),
    );
    const { fetch, calls } = fakeFetch(() => json(200, { message: serverCopy({ status: 'pending' }) }));
    await retryMessage(db, createApiClient({ baseUrl: 'http://sidedesk.test', fetch }), 'ms_srv', now);
    expect(calls[0].url.pathname).toBe('/v1/messages/ms_srv/retry');
    expect(await db.messages.get('ms_srv')).toMatchObject({ status: 'pending' });
  });
});

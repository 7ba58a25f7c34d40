import { createEditQueue } from '@/utils/outbox/editQueue';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import { NOW, fakeConversation, fakeNote } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json, type Recorded } from '@/utils/testing/fakes';
import { createLifecycleHandlers } from './lifecycleHandlers';

const note = fakeNote({ id: 'n1', conversationId: 'cv_1', agentId: 'ag_1', text: 'VIP', createdAt: NOW });

describe('lifecycle handlers', () => {
  let db: SidedeskDb;
  let calls: Recorded[];
  let route: (req: Recorded) => Response;
  let handlers: ReturnType<typeof createLifecycleHandlers>;

  beforeEach(() => {
    db = freshDb();
    const fake = fakeFetch((req) => route(req));
    calls = fake.calls;
    const api = createApiClient({ baseUrl: 'http://localhost:8787', token: 'tok', fetch: fake.fetch });
    const edits = createEditQueue({ db, now: () => 0, uuid: () => crypto.randomUUID(), kick: async () => undefined });
    handlers = createLifecycleHandlers({ db, requireApi: async () => api, refreshBadge: async () => 0, edits });
  });

  it('a note goes to the server and into the copy of a conversation we hold', async () => {
    await db.conversations.put(fakeConversation());
    route = () => json(201, { note });
    await handlers.addNote({ conversationId: 'cv_1', text: 'VIP' });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(['POST /v1/conversations/cv_1/notes']);
    expect(await db.notes.get('n1')).toEqual(note);
  });

  it("a transfer sends the note only when there is one, and keeps the server's answer", async () => {
    await db.conversations.put(fakeConversation({ assigneeId: 'ag_1' }));
    route = () => json(200, { conversation: fakeConversation({ assigneeId: 'ag_2' }) });
    await handlers.transferConversation({ conversationId: 'cv_1', agentId: 'ag_2', note: '  ' });
    expect(calls[0].body).toEqual({ agentId: 'ag_2' });
    expect((await db.conversations.get('cv_1'))?.assigneeId).toBe('ag_2');
    await handlers.transferConversation({ conversationId: 'cv_1', agentId: null, note: ' take care ' });
    expect(calls[1].body).toEqual({ agentId: null, note: 'take care' });
  });

  it('closing an old conversation found by search does not pull it into the copy', async () => {
    route = () => json(200, { conversation: fakeConversation({ id: 'old', status: 'closed', closeType: 'negative' }) });
    await handlers.closeConversation({ conversationId: 'old', type: 'negative' });
    expect(await db.conversations.get('old')).toBeUndefined();
  });
});

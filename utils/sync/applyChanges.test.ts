import { beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '@/core/model';
import { readSyncState, type SidedeskDb } from '@/utils/db';
import { NOW, fakeContact, fakeConversation, fakeMessage } from '@/core/testing/fakes';
import { freshDb } from '@/utils/testing/fakes';
import { applyChanges } from './applyChanges';

function batch(since: number, changes: Change[], cursor: number) {
  return { since, response: { changes, cursor, hasMore: false } };
}

describe('applyChanges', () => {
  let db: SidedeskDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('upserts every entity and advances the cursor with the data', async () => {
    const res = await applyChanges(
      db,
      batch(
        0,
        [
          { seq: 1, type: 'contact', data: fakeContact() },
          { seq: 2, type: 'conversation', data: fakeConversation() },
          { seq: 3, type: 'message', data: fakeMessage() },
          { seq: 4, type: 'conversation', data: fakeConversation({ lastMessagePreview: 'Updated' }) },
        ],
        4,
      ),
      NOW,
    );
    expect(res.applied).toBe(true);
    expect((await db.conversations.get('cv_1'))?.lastMessagePreview).toBe('Updated');
    expect(await db.messages.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
    const state = await readSyncState(db);
    expect(state).toMatchObject({ cursor: 4, status: 'live', lastSyncAt: NOW, failures: 0 });
  });

  it('removing a conversation drops its messages and unsent replies too', async () => {
    await applyChanges(
      db,
      batch(
        0,
        [
          { seq: 1, type: 'conversation', data: fakeConversation() },
          { seq: 2, type: 'conversation', data: fakeConversation({ id: 'cv_2' }) },
          { seq: 3, type: 'message', data: fakeMessage() },
          { seq: 4, type: 'message', data: fakeMessage({ id: 'ms_2' }) },
          { seq: 5, type: 'message', data: fakeMessage({ id: 'ms_3', conversationId: 'cv_2' }) },
        ],
        5,
      ),
      NOW,
    );
    await db.outbox.put({
      clientId: 'c-1',
      conversationId: 'cv_1',
      text: 'x',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: 0,
    });

    await applyChanges(
      db,
      batch(5, [{ seq: 6, type: 'remove', data: { entity: 'conversation', id: 'cv_1' } }], 6),
      NOW,
    );

    expect(await db.conversations.toCollection().primaryKeys()).toEqual(['cv_2']);
    expect(await db.messages.toCollection().primaryKeys()).toEqual(['ms_3']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('removes single messages and contacts', async () => {
    await applyChanges(
      db,
      batch(
        0,
        [
          { seq: 1, type: 'contact', data: fakeContact() },
          { seq: 2, type: 'message', data: fakeMessage() },
        ],
        2,
      ),
      NOW,
    );
    await applyChanges(
      db,
      batch(
        2,
        [
          { seq: 3, type: 'remove', data: { entity: 'message', id: 'ms_1' } },
          { seq: 4, type: 'remove', data: { entity: 'contact', id: 'ct_1' } },
        ],
        4,
      ),
      NOW,
    );
    expect(await db.messages.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('a failure mid-apply leaves both the cursor and the data untouched', async () => {
    await applyChanges(db, batch(0, [{ seq: 1, type: 'conversation', data: fakeConversation() }], 1), NOW);
    const poisoned = { seq: 3, type: 'message', data: { ...fakeMessage(), id: undefined } } as unknown as Change;
    await expect(
      applyChanges(
        db,
        batch(
          1,
          [{ seq: 2, type: 'conversation', data: fakeConversation({ lastMessagePreview: 'half-applied' }) }, poisoned],
          3,
        ),
        NOW,
      ),
    ).rejects.toThrow();
    expect((await db.conversations.get('cv_1'))?.lastMessagePreview).toBe('Hola');
    expect((await readSyncState(db)).cursor).toBe(1);
  });

  it('replaying a batch is harmless', async () => {
    const b = batch(
      0,
      [
        { seq: 1, type: 'conversation', data: fakeConversation() },
        { seq: 2, type: 'message', data: fakeMessage() },
      ],
      2,
    );
    await applyChanges(db, b, NOW);
    await db.syncState.update('sync', { cursor: 0 });
    await applyChanges(db, b, NOW);
    expect(await db.conversations.count()).toBe(1);
    expect(await db.messages.count()).toBe(1);
  });

  it('drops a batch pulled from a cursor that has moved on (a concurrent pull won)', async () => {
    await applyChanges(
      db,
      batch(0, [{ seq: 1, type: 'conversation', data: fakeConversation({ lastMessagePreview: 'new' }) }], 1),
      NOW,
    );
    const stale = await applyChanges(
      db,
      batch(0, [{ seq: 1, type: 'conversation', data: fakeConversation({ lastMessagePreview: 'old' }) }], 1),
      NOW,
    );
    expect(stale.applied).toBe(false);
    expect((await db.conversations.get('cv_1'))?.lastMessagePreview).toBe('new');
  });

  it('the server copy of a reply replaces the local one with the same clientId', async () => {
    await db.messages.put({
      ...fakeMessage({ id: 'local:c-123456', author: 'agent', clientId: 'c-123456' }),
      status: 'sending',
    });
    await db.outbox.put({
      clientId: 'c-123456',
      conversationId: 'cv_1',
      text: 'Hola',
      attempts: 1,
      nextAttemptAt: 0,
      createdAt: 0,
    });
    await applyChanges(
      db,
      batch(
        0,
        [
          {
            seq: 1,
            type: 'message',
            data: fakeMessage({ id: 'ms_9', author: 'agent', clientId: 'c-123456', status: 'sent' }),
          },
        ],
        1,
      ),
      NOW,
    );
    expect(await db.messages.toCollection().primaryKeys()).toEqual(['ms_9']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('marks conversations that newly appear after the first sync for backfill', async () => {
    await applyChanges(db, batch(0, [{ seq: 1, type: 'conversation', data: fakeConversation() }], 1), NOW);
    expect(await db.pendingBackfill.count()).toBe(0);
    const res = await applyChanges(
      db,
      batch(
        1,
        [
          { seq: 2, type: 'conversation', data: fakeConversation({ lastMessagePreview: 'again' }) },
          { seq: 3, type: 'conversation', data: fakeConversation({ id: 'cv_2' }) },
        ],
        3,
      ),
      NOW,
    );
    expect(res.newConversationIds).toEqual(['cv_2']);
    expect(await db.pendingBackfill.toCollection().primaryKeys()).toEqual(['cv_2']);
  });
});

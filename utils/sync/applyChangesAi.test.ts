import { beforeEach, describe, expect, it } from 'vitest';
import { INBOX_HORIZON } from '@/core/inbox';
import type { Change } from '@/core/model';
import { clearAgentData, type SidedeskDb } from '@/utils/db';
import { pruneOldConversations } from '@/utils/horizon/pruneOldConversations';
import { NOW, fakeConversation, fakeMessage, fakeQuickReply, fakeSummary } from '@/core/testing/fakes';
import { freshDb } from '@/utils/testing/fakes';
import { applyChanges } from './applyChanges';

function batch(since: number, changes: Change[], cursor: number) {
  return { since, response: { changes, cursor, hasMore: false } };
}

const summariesOf = (db: SidedeskDb, conversationId: string) =>
  db.summaries.where('conversationId').equals(conversationId).primaryKeys();

describe('applyChanges: the AI entities', () => {
  let db: SidedeskDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('keeps quick replies, updates them in place and removes them', async () => {
    await applyChanges(
      db,
      batch(
        0,
        [
          { seq: 1, type: 'quickReply', data: fakeQuickReply() },
          { seq: 2, type: 'quickReply', data: fakeQuickReply({ id: 'qr_2', title: 'Returns' }) },
          { seq: 3, type: 'quickReply', data: fakeQuickReply({ text: 'We open 9 to 19.', tags: ['hours'] }) },
        ],
        3,
      ),
      NOW,
    );
    expect(await db.quickReplies.get('qr_1')).toMatchObject({ text: 'We open 9 to 19.', tags: ['hours'] });
    await applyChanges(db, batch(3, [{ seq: 4, type: 'remove', data: { entity: 'quickReply', id: 'qr_1' } }], 4), NOW);
    expect(await db.quickReplies.toCollection().primaryKeys()).toEqual(['qr_2']);
  });

  it("keeps each conversation's summaries by conversation, newest last in the index", async () => {
    await applyChanges(
      db,
      batch(
        0,
        [
          { seq: 1, type: 'conversation', data: fakeConversation() },
          { seq: 2, type: 'summary', data: fakeSummary({ id: 'sm_new', createdAt: NOW }) },
          { seq: 3, type: 'summary', data: fakeSummary({ id: 'sm_old', createdAt: NOW - 60_000 }) },
          { seq: 4, type: 'summary', data: fakeSummary({ id: 'sm_other', conversationId: 'cv_2' }) },
        ],
        4,
      ),
      NOW,
    );
    const ordered = await db.summaries
      .where('[conversationId+createdAt]')
      .between(['cv_1', 0], ['cv_1', Infinity])
      .primaryKeys();
    expect(ordered).toEqual(['sm_old', 'sm_new']);
  });

  it('a transcript arriving on a message change replaces the pending one', async () => {
    const pending = { status: 'pending' as const, text: null, engine: null, error: null, retryAt: null };
    const voice = fakeMessage({ kind: 'audio', text: '', transcript: pending });
    await applyChanges(db, batch(0, [{ seq: 1, type: 'message', data: voice }], 1), NOW);
    const done = { ...pending, status: 'done' as const, text: 'I need a new address', engine: 'local' as const };
    await applyChanges(db, batch(1, [{ seq: 2, type: 'message', data: { ...voice, transcript: done } }], 2), NOW);
    expect((await db.messages.get('ms_1'))?.transcript).toEqual(done);
  });

  it('a removed conversation takes its summaries along, and only its own', async () => {
    await applyChanges(
      db,
      batch(
        0,
        [
          { seq: 1, type: 'conversation', data: fakeConversation() },
          { seq: 2, type: 'conversation', data: fakeConversation({ id: 'cv_2' }) },
          { seq: 3, type: 'summary', data: fakeSummary() },
          { seq: 4, type: 'summary', data: fakeSummary({ id: 'sm_2', conversationId: 'cv_2' }) },
        ],
        4,
      ),
      NOW,
    );
    await applyChanges(
      db,
      batch(4, [{ seq: 5, type: 'remove', data: { entity: 'conversation', id: 'cv_1' } }], 5),
      NOW,
    );
    expect(await summariesOf(db, 'cv_1')).toEqual([]);
    expect(await summariesOf(db, 'cv_2')).toEqual(['sm_2']);
  });

  it('a batch that fails halfway writes no quick reply or summary (one transaction with the cursor)', async () => {
    const broken = { seq: 3, type: 'summary', data: { ...fakeSummary({ id: 'sm_bad' }), id: undefined } };
    await expect(
      applyChanges(
        db,
        batch(
          0,
          [
            { seq: 1, type: 'quickReply', data: fakeQuickReply() },
            { seq: 2, type: 'summary', data: fakeSummary() },
            broken as unknown as Change,
          ],
          3,
        ),
        NOW,
      ),
    ).rejects.toThrow();
    expect(await db.quickReplies.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
  });

  it('sign-out clears quick replies and summaries with the rest of the copy', async () => {
    await db.quickReplies.put(fakeQuickReply());
    await db.summaries.put(fakeSummary());
    await clearAgentData(db);
    expect(await db.quickReplies.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
  });

  it('the 30-day horizon prunes the summaries of the conversations it drops', async () => {
    await db.conversations.bulkPut([
      fakeConversation({ id: 'old', lastActivityAt: NOW - INBOX_HORIZON - 86_400_000 }),
      fakeConversation({ id: 'recent', lastActivityAt: NOW - 86_400_000 }),
    ]);
    await db.summaries.bulkPut([
      fakeSummary({ id: 'sm_old', conversationId: 'old' }),
      fakeSummary({ id: 'sm_recent', conversationId: 'recent' }),
    ]);
    expect(await pruneOldConversations(db, NOW)).toEqual(['old']);
    expect(await db.summaries.toCollection().primaryKeys()).toEqual(['sm_recent']);
  });
});

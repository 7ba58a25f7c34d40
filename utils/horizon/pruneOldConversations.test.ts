import { beforeEach, describe, expect, it } from 'vitest';
import { INBOX_HORIZON } from '@/core/inbox';
import { DAY } from '@/core/replyWindow';
import type { SidedeskDb } from '@/utils/db';
import { NOW, fakeConversation, fakeMessage, fakeNote } from '@/core/testing/fakes';
import { freshDb } from '@/utils/testing/fakes';
import { pruneOldConversations } from './pruneOldConversations';

const note = (id: string, conversationId: string) =>
  fakeNote({ id, conversationId, agentId: 'ag_1', text: 'n', createdAt: NOW - 40 * DAY });

describe('pruneOldConversations', () => {
  let db: SidedeskDb;
  beforeEach(async () => {
    db = freshDb();
    await db.conversations.bulkPut([
      fakeConversation({ id: 'old', lastActivityAt: NOW - INBOX_HORIZON - DAY }),
      fakeConversation({ id: 'recent', lastActivityAt: NOW - DAY }),
      fakeConversation({ id: 'old-with-outbox', lastActivityAt: NOW - INBOX_HORIZON - DAY }),
    ]);
    await db.messages.bulkPut([
      fakeMessage({ id: 'm-old', conversationId: 'old' }),
      fakeMessage({ id: 'm-recent', conversationId: 'recent' }),
    ]);
    await db.notes.bulkPut([note('n-old', 'old'), note('n-recent', 'recent')]);
    await db.pendingBackfill.put({ conversationId: 'old' });
    await db.outbox.put({
      clientId: 'c1',
      conversationId: 'old-with-outbox',
      text: 'hi',
      attempts: 0,
      nextAttemptAt: NOW,
      createdAt: NOW,
    });
  });

  it('drops old conversations with their messages, notes and pending backfill; keeps the rest', async () => {
    expect(await pruneOldConversations(db, NOW)).toEqual(['old']);
    expect((await db.conversations.toArray()).map((c) => c.id).sort()).toEqual(['old-with-outbox', 'recent']);
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['m-recent']);
    expect((await db.notes.toArray()).map((n) => n.id)).toEqual(['n-recent']);
    expect(await db.pendingBackfill.count()).toBe(0);
  });

  it('is idempotent: a second run prunes nothing', async () => {
    await pruneOldConversations(db, NOW);
    expect(await pruneOldConversations(db, NOW)).toEqual([]);
    expect(await db.conversations.count()).toBe(2);
  });
});

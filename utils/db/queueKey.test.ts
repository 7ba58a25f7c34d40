import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '@/core/model';
import { fakeConversation } from '@/core/testing/fakes';
import { createDb } from '@/utils/db';
import { queueKeyOf, withQueueKey, WITH_BOT_QUEUE } from './queueKey';

const conversation = (id: string, patch: Partial<Conversation> = {}): Conversation =>
  fakeConversation({ id, contactId: `k-${id}`, contactName: id, lastActivityAt: 1_000, ...patch });

describe('queueKeyOf', () => {
  it("is '' for New, the assignee for an assigned conversation and nothing once closed", () => {
    expect(queueKeyOf({ status: 'open', assigneeId: null })).toBe('');
    expect(queueKeyOf({ status: 'open', assigneeId: 'ag_1' })).toBe('ag_1');
    expect(queueKeyOf({ status: 'closed', assigneeId: 'ag_1' })).toBeUndefined();
  });
  it("keeps the bot's conversations out of New: their own key until the handover", () => {
    expect(queueKeyOf({ status: 'open', assigneeId: null, withBot: true })).toBe(WITH_BOT_QUEUE);
    expect(queueKeyOf({ status: 'closed', assigneeId: null, withBot: true })).toBeUndefined();
  });
  it('drops a stale key', () => {
    expect(
      withQueueKey({ status: 'closed', assigneeId: null, queueKey: '' } as Conversation & { queueKey: string }),
    ).not.toHaveProperty('queueKey');
  });
});

describe('the conversations table derives queueKey on every write', () => {
  beforeEach(() => {
    Dexie.dependencies.indexedDB = new IDBFactory();
  });

  const queue = (db: ReturnType<typeof createDb>, key: string) =>
    db.conversations.where('[queueKey+lastActivityAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]).primaryKeys();

  it('indexes New, mine and others, and follows a take, a transfer and a close', async () => {
    const db = createDb('queue-key');
    await db.conversations.bulkPut([
      conversation('new'),
      conversation('mine', { assigneeId: 'me' }),
      conversation('theirs', { assigneeId: 'other' }),
    ]);
    expect(await queue(db, '')).toEqual(['new']);
    expect(await queue(db, 'me')).toEqual(['mine']);

    await db.conversations.put(conversation('new', { assigneeId: 'me', lastActivityAt: 2_000 }));
    await db.conversations.update('theirs', { assigneeId: null });
    await db.conversations.put(conversation('mine', { assigneeId: 'me', status: 'closed' }));
    expect(await queue(db, '')).toEqual(['theirs']);
    expect(await queue(db, 'me')).toEqual(['new']);
    expect(await queue(db, 'other')).toEqual([]);
    db.close();
  });

  it("holds the bot's conversations apart from New until the handover puts them there", async () => {
    const db = createDb('queue-key-bot');
    await db.conversations.bulkPut([conversation('waiting'), conversation('bot', { withBot: true })]);
    expect(await queue(db, '')).toEqual(['waiting']);
    expect(await queue(db, WITH_BOT_QUEUE)).toEqual(['bot']);
    await db.conversations.update('bot', { withBot: false });
    expect(await queue(db, '')).toEqual(['bot', 'waiting']);
    expect(await queue(db, WITH_BOT_QUEUE)).toEqual([]);
    db.close();
  });

  it('gives the conversations already in a version-3 copy their key on upgrade', async () => {
    const old = new Dexie('queue-key-upgrade');
    old.version(3).stores({ conversations: 'id, lastActivityAt, [assigneeId+lastActivityAt]' });
    await old
      .table('conversations')
      .bulkPut([
        conversation('new'),
        conversation('closed', { status: 'closed' }),
        conversation('mine', { assigneeId: 'me' }),
      ]);
    old.close();
    const db = createDb('queue-key-upgrade');
    expect(await queue(db, '')).toEqual(['new']);
    expect(await queue(db, 'me')).toEqual(['mine']);
    expect((await db.conversations.get('closed')) as object).not.toHaveProperty('queueKey');
    db.close();
  });

  it('gives the open conversations of a version-6 copy their waiting order on upgrade', async () => {
    const old = new Dexie('waiting-upgrade');
    old
      .version(6)
      .stores({ conversations: 'id, lastActivityAt, [assigneeId+lastActivityAt], [queueKey+lastActivityAt]' });
    await old
      .table('conversations')
      .bulkPut([
        { ...conversation('recent', { createdAt: 5_000, lastActivityAt: 6_000 }), queueKey: '' },
        { ...conversation('longest', { createdAt: 1_000, lastActivityAt: 9_000 }), queueKey: '' },
        { ...conversation('mine', { assigneeId: 'me', createdAt: 500 }), queueKey: 'me' },
        conversation('closed', { status: 'closed', createdAt: 100 }),
      ]);
    old.close();
    const db = createDb('waiting-upgrade');
    const byWaiting = await db.conversations
      .where('[queueKey+waitingSince]')
      .between(['', Dexie.minKey], ['', Dexie.maxKey])
      .primaryKeys();
    expect(byWaiting).toEqual(['longest', 'recent']);
    expect((await db.conversations.get('closed')) as object).not.toHaveProperty('waitingSince');
    db.close();
  });

  it('keeps the waiting order current as a conversation is written again', async () => {
    const db = createDb('waiting-writes');
    await db.conversations.bulkPut([
      conversation('a', { createdAt: 2_000, lastActivityAt: 3_000 }),
      conversation('b', { createdAt: 1_000, lastActivityAt: 4_000 }),
    ]);
    const byWaiting = () =>
      db.conversations.where('[queueKey+waitingSince]').between(['', Dexie.minKey], ['', Dexie.maxKey]).primaryKeys();
    expect(await byWaiting()).toEqual(['b', 'a']);
    await db.conversations.update('b', { assigneeId: 'me' });
    await db.conversations.put(conversation('a', { createdAt: 2_000, lastActivityAt: 1_500 }));
    expect(await byWaiting()).toEqual(['a']);
    expect((await db.conversations.get('a'))?.lastActivityAt).toBe(1_500);
    db.close();
  });
});

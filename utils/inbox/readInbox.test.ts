import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { INBOX_HORIZON, compareInInbox } from '@/core/inbox';
import type { Conversation } from '@/core/model';
import { DAY, HOUR } from '@/core/replyWindow';
import { NOW, fakeConversation } from '@/core/testing/fakes';
import { createDb } from '@/utils/db';
import { FIRST_SCREEN_ROWS, readQueueSizes, readQueues } from './readInbox';

const SINCE = NOW - INBOX_HORIZON;
const MORE = FIRST_SCREEN_ROWS + 15;

const conversation = (id: string, patch: Partial<Conversation>) =>
  fakeConversation({ id, contactId: `k-${id}`, contactName: id, ...patch });

/** New conversations opened i hours ago, whose last activity is spread in the other direction. */
const waiting = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    conversation(`new-${i}`, { createdAt: NOW - (i + 2) * HOUR, lastActivityAt: NOW - (count - i) * 60_000 }),
  );
const ids = (list: Pick<Conversation, 'id'>[]) => list.map((c) => c.id);

describe('the inbox reads its first screen in each queue’s order', () => {
  beforeEach(() => {
    Dexie.dependencies.indexedDB = new IDBFactory();
  });

  it('New: the customers who have waited longest, whatever their last activity', async () => {
    const db = createDb('inbox-new');
    const all = [
      ...waiting(MORE),
      // Waiting longest, and wrote again a minute ago: first in the queue, newest by activity.
      conversation('longest', { createdAt: NOW - 20 * DAY, lastActivityAt: NOW - 60_000 }),
      // Opened before the horizon and quiet since: in no inbox.
      conversation('stale', { createdAt: NOW - 40 * DAY, lastActivityAt: NOW - 31 * DAY }),
    ];
    await db.conversations.bulkPut(all);
    const expected = all
      .filter((c) => c.id !== 'stale')
      .sort(compareInInbox('new'))
      .slice(0, FIRST_SCREEN_ROWS);

    const first = await readQueues(db, SINCE, 'me', false);
    expect(first.complete).toBe(false);
    expect(ids([...first.conversations].sort(compareInInbox('new')))).toEqual(ids(expected));
    expect(first.conversations[0].id).toBe('longest');
    db.close();
  });

  it('mine: the most recent first; whole reads both queues entirely and says so', async () => {
    const db = createDb('inbox-mine');
    const mine = Array.from({ length: MORE }, (_, i) =>
      conversation(`mine-${i}`, { assigneeId: 'me', lastActivityAt: NOW - i * HOUR }),
    );
    const others = [conversation('theirs', { assigneeId: 'other' }), conversation('closed', { status: 'closed' })];
    await db.conversations.bulkPut([...mine, ...others, ...waiting(3)]);

    const first = await readQueues(db, SINCE, 'me', false);
    expect(ids(first.conversations.filter((c) => c.assigneeId === 'me'))).toEqual(
      ids(mine.slice(0, FIRST_SCREEN_ROWS)),
    );
    expect(first.complete).toBe(false);

    const whole = await readQueues(db, SINCE, 'me', true);
    expect(whole.complete).toBe(true);
    expect(new Set(ids(whole.conversations))).toEqual(new Set([...ids(mine), 'new-0', 'new-1', 'new-2']));
    db.close();
  });

  it('a first screen that holds each queue entirely is complete', async () => {
    const db = createDb('inbox-small');
    await db.conversations.bulkPut([...waiting(2), conversation('mine', { assigneeId: 'me' })]);
    const first = await readQueues(db, SINCE, 'me', false);
    expect(first.complete).toBe(true);
    expect(ids(first.conversations).sort()).toEqual(['mine', 'new-0', 'new-1']);
    db.close();
  });

  it('counts each queue inside the horizon', async () => {
    const db = createDb('inbox-sizes');
    await db.conversations.bulkPut([
      ...waiting(MORE),
      conversation('stale', { lastActivityAt: NOW - 31 * DAY }),
      conversation('mine', { assigneeId: 'me' }),
      conversation('theirs', { assigneeId: 'other' }),
    ]);
    expect(await readQueueSizes(db, SINCE, 'me')).toEqual({ new: MORE, mine: 1 });
    expect(await readQueueSizes(db, SINCE, null)).toEqual({ new: MORE, mine: 0 });
    db.close();
  });
});

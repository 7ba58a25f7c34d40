import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { MIN_MESSAGES_FOR_SUMMARY } from '@/core/api/ai';
import type { Message } from '@/core/model';
import type { StoredMessage } from '@/utils/db/schema';
import { fakeMessage } from '@/core/testing/fakes';
import { createDb } from '@/utils/db';
import { readSummaryMessageCount } from './readSummaryMessageCount';

beforeEach(() => {
  Dexie.dependencies.indexedDB = new IDBFactory();
});

const message = (i: number, author: Message['author'], status: StoredMessage['status'] = null): StoredMessage => ({
  ...fakeMessage({ id: `m${i}`, conversationId: 'cv', author, createdAt: i, order: i }),
  status,
});

it('counts what counts, in this conversation only, up to the rule’s minimum', async () => {
  const db = createDb('summary-count');
  await db.messages.bulkPut([
    message(1, 'system'),
    message(2, 'customer'),
    message(3, 'agent', 'sending'),
    message(4, 'bot'),
    { ...message(5, 'customer'), conversationId: 'other' },
  ]);
  expect(await readSummaryMessageCount(db, 'cv')).toBe(2);
  await db.messages.bulkPut(Array.from({ length: 20 }, (_, i) => message(10 + i, 'customer')));
  expect(await readSummaryMessageCount(db, 'cv')).toBe(MIN_MESSAGES_FOR_SUMMARY);
  // The system lines and the reply still sending come first, and are not counted within the limit.
  const fresh = createDb('summary-count-2');
  await fresh.messages.bulkPut([
    message(1, 'system'),
    message(2, 'system'),
    message(3, 'agent', 'held'),
    message(4, 'customer'),
    message(5, 'customer'),
    message(6, 'customer'),
    message(7, 'customer'),
    message(8, 'customer'),
  ]);
  expect(await readSummaryMessageCount(fresh, 'cv')).toBe(5);
});

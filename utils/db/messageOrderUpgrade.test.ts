import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMessage } from '@/core/testing/fakes';
import { createDb, isLocalOrder } from '@/utils/db';

describe('version 6: messages stored before the server order existed', () => {
  beforeEach(() => {
    Dexie.dependencies.indexedDB = new IDBFactory();
  });

  it('fetches the server copies again and keeps unacknowledged replies, last', async () => {
    const old = new Dexie('upgrade');
    old.version(5).stores({
      messages: 'id, conversationId, [conversationId+createdAt], clientId',
      pendingBackfill: 'conversationId',
    });
    const { order: _o, ...server } = fakeMessage({ id: 'srv', conversationId: 'cv' });
    const { order: _l, ...local } = fakeMessage({ id: 'local:u1', conversationId: 'cv', clientId: 'u1' });
    await old.table('messages').bulkPut([server, { ...local, status: 'sending' }]);
    old.close();

    const db = createDb('upgrade');
    const left = await db.messages.toArray();
    expect(left.map((m) => m.id)).toEqual(['local:u1']);
    expect(isLocalOrder(left[0].order)).toBe(true);
    expect(await db.pendingBackfill.toArray()).toEqual([{ conversationId: 'cv' }]);
  });
});

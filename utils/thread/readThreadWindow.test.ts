import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMessage } from '@/core/testing/fakes';
import { createDb, putServerMessage } from '@/utils/db';
import { enqueueOutgoing } from '@/utils/outbox/enqueueOutgoing';
import { readThreadWindow } from './readThreadWindow';

const SECOND = 1_700_000_000_000;

describe('the thread window reads messages in the server order', () => {
  beforeEach(() => {
    Dexie.dependencies.indexedDB = new IDBFactory();
  });

  it('shows a 30-message burst within one second in delivery order, and an unacknowledged reply after it', async () => {
    const db = createDb('thread-order');
    // Ids unrelated to order (as the server's random UUIDs are), one shared whole-second timestamp.
    const burst = Array.from({ length: 30 }, (_, i) =>
      fakeMessage({
        id: `m-${(i * 7919) % 30}`,
        conversationId: 'cv',
        text: `${i + 1}`,
        createdAt: SECOND,
        order: 100 + i,
      }),
    );
    await db.transaction('rw', [db.messages, db.outbox], async () => {
      for (const m of [...burst].reverse()) await putServerMessage(db, m, 'latest');
    });
    // Written with a clock behind the customer's timestamps: still after everything known.
    await enqueueOutgoing(
      db,
      { conversationId: 'cv', agentId: 'ag', text: 'reply' },
      { now: () => SECOND - 60_000, uuid: () => 'u1' },
    );

    const window = await readThreadWindow(db, 'cv', 60);
    expect(window.messages.map((m) => m.text)).toEqual([...burst.map((m) => m.text), 'reply']);

    const newest = await readThreadWindow(db, 'cv', 5);
    expect(newest.hasOlder).toBe(true);
    expect(newest.messages.map((m) => m.text)).toEqual(['27', '28', '29', '30', 'reply']);
  });

  it("keeps the server's copy of a reply in the server's place once acknowledged", async () => {
    const db = createDb('thread-ack');
    await enqueueOutgoing(
      db,
      { conversationId: 'cv', agentId: 'ag', text: 'reply' },
      { now: () => SECOND, uuid: () => 'u1' },
    );
    await db.transaction('rw', [db.messages, db.outbox], async () => {
      await putServerMessage(
        db,
        fakeMessage({
          id: 'srv',
          conversationId: 'cv',
          clientId: 'u1',
          text: 'reply',
          author: 'agent',
          createdAt: SECOND,
          order: 5,
        }),
        'latest',
      );
      await putServerMessage(
        db,
        fakeMessage({ id: 'later', conversationId: 'cv', text: 'customer', createdAt: SECOND, order: 6 }),
        'latest',
      );
    });
    expect((await readThreadWindow(db, 'cv', 60)).messages.map((m) => m.id)).toEqual(['srv', 'later']);
  });
});

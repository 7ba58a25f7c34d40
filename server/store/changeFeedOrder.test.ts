// Commit order equals sequence order on PostgreSQL, so a reader following `seq > cursor` never
// skips a change (Chatwoot #14934). Also: several processes wake each other's long-polls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longPollSync } from '../sync/longPollSync';
import { createStore } from './createStore';
import { createPostgresDb } from './createPostgresDb';
import type { Db } from './db';
import { recordChanges } from './recordChanges';
import { openTestDatabase, postgresUrl, type TestDatabase } from '../testing/testDatabases';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function readAfter(db: Db, cursor: number) {
  return db.query<{ entity_id: string; seq: number }>(
    'SELECT entity_id, seq FROM changes WHERE seq > $1 ORDER BY seq',
    [cursor],
  );
}

async function untilAdvisoryWaiter(db: Db) {
  for (;;) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
    );
    if (row.n > 0) return;
    await sleep(5);
  }
}

describe.skipIf(!postgresUrl())('change feed ordering [postgres]', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await openTestDatabase('postgres')));
  afterAll(() => database.drop());

  it('a later writer cannot commit its number before an earlier one: the reader sees both, in order', async () => {
    const { db } = database;
    const start = Math.max(0, ...(await readAfter(db, 0)).map((r) => r.seq));
    const numbered = deferred();
    const commit = deferred();
    const first = db.transaction(async (tx) => {
      await recordChanges(tx, [{ entity: 'contact', id: 'order-first', conversationId: null }]);
      numbered.resolve();
      await commit.promise;
    });
    await numbered.promise;
    const second = db.transaction((tx) =>
      recordChanges(tx, [{ entity: 'contact', id: 'order-second', conversationId: null }]),
    );
    await untilAdvisoryWaiter(db);

    // Neither is visible: the first has not committed, the second waits for the first's lock.
    expect(await readAfter(db, start)).toEqual([]);
    commit.resolve();
    await Promise.all([first, second]);
    expect((await readAfter(db, start)).map((r) => r.entity_id)).toEqual(['order-first', 'order-second']);
  });

  it('control: numbers taken without the lock let a reader skip a change — the hazard the lock prevents', async () => {
    const { db } = database;
    const start = Math.max(0, ...(await readAfter(db, 0)).map((r) => r.seq));
    const insert = `INSERT INTO changes (entity, entity_id, seq) VALUES ('contact', $1, nextval('change_seq'))`;
    const numbered = deferred();
    const commit = deferred();
    const slow = db.transaction(async (tx) => {
      await tx.query(insert, ['unlocked-slow']);
      numbered.resolve();
      await commit.promise;
    });
    await numbered.promise;
    await db.transaction((tx) => tx.query(insert, ['unlocked-fast']));
    const seen = await readAfter(db, start);
    const cursor = seen[seen.length - 1].seq;
    commit.resolve();
    await slow;
    expect(seen.map((r) => r.entity_id)).toEqual(['unlocked-fast']);
    expect((await readAfter(db, cursor)).map((r) => r.entity_id)).not.toContain('unlocked-slow');
  });

  it('under concurrent writers with slow commits, a concurrent reader never misses a change', async () => {
    const { db } = database;
    const start = Math.max(0, ...(await readAfter(db, 0)).map((r) => r.seq));
    const written: string[] = [];
    let writing = true;
    const writers = Array.from({ length: 8 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 20; i++) {
          const id = `stress-${w}-${i}`;
          await db.transaction(async (tx) => {
            await recordChanges(tx, [{ entity: 'contact', id, conversationId: null }]);
            // A slow tail between numbering and commit: where an unordered feed loses changes.
            await sleep(Math.random() * 4);
          });
          written.push(id);
        }
      })(),
    );
    const seen: string[] = [];
    const reader = (async () => {
      let cursor = start;
      for (;;) {
        const done = !writing;
        const rows = await readAfter(db, cursor);
        for (const row of rows) {
          expect(row.seq).toBeGreaterThan(cursor);
          cursor = row.seq;
          seen.push(row.entity_id);
        }
        if (done) return;
        await sleep(1);
      }
    })();
    await Promise.all(writers);
    writing = false;
    await reader;
    expect(written).toHaveLength(160);
    expect(new Set(seen)).toEqual(new Set(written));
  });

  it('a change committed by one process wakes a long-poll waiting in another (LISTEN/NOTIFY)', async () => {
    const url = database.url!;
    const processA = await createStore(await createPostgresDb(url, { max: 2 }));
    const processB = await createStore(await createPostgresDb(url, { max: 2 }));
    try {
      const viewer = { id: 'nobody', role: 'admin' as const };
      const [{ cursor }] = [await longPollSync(processB, viewer, { since: 0, limit: 1000, waitMs: 0 })];
      const poll = longPollSync(processB, viewer, { since: cursor, limit: 1000, waitMs: 20_000 });
      await sleep(50);
      await processA.write(async (tx, changes) => {
        await tx.query(
          `INSERT INTO agents (id, email, name, role, password_hash, created_at) VALUES ('cross', 'cross@test.example', 'Cross', 'agent', 'x', 0)`,
        );
        changes.add('agent', 'cross', null);
      });
      const page = await poll;
      expect(page.changes).toEqual([
        expect.objectContaining({ type: 'agent', data: expect.objectContaining({ id: 'cross' }) }),
      ]);
    } finally {
      await processA.close();
      await processB.close();
    }
  });
});

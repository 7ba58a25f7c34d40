// Two ingest batches touching the same conversations in opposite order must never deadlock on
// PostgreSQL: each batch locks its conversations in id order. The interleaving is forced, not
// hoped for: a third connection holds the first conversation's row, both batches queue behind it,
// and the one that went second already holds the other row unless locks are taken in order.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../testing/createTestServer';
import { fakeCustomer, fakeInboundMessage } from '../testing/fakes';
import { postgresUrl } from '../testing/testDatabases';

describe.skipIf(!postgresUrl())('ingest lock order [postgres]', () => {
  let t: TestServer;
  let holder: pg.Client;
  // Apart from the holder: inside a transaction, pg_stat_activity is a snapshot taken once.
  let watcher: pg.Client;
  beforeAll(async () => {
    t = await createTestServer('postgres');
    holder = new pg.Client({ connectionString: t.database.url! });
    watcher = new pg.Client({ connectionString: t.database.url! });
    await Promise.all([holder.connect(), watcher.connect()]);
  });
  afterAll(async () => {
    await Promise.all([holder.end(), watcher.end()]);
    await t.close();
  });

  const waitingOnLocks = async () =>
    Number(
      (
        await watcher.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0].n,
    );
  // Bounded: where batches deadlock before the release, PostgreSQL's detector ends the wait.
  const until = async (condition: () => Promise<boolean>) => {
    for (let i = 0; i < 250 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it('two batches on the same conversations in opposite order both commit', async () => {
    const customers = [fakeCustomer(), fakeCustomer()];
    for (const contact of customers) await t.ingest(fakeInboundMessage({ contact, text: 'opening' }));
    const rows = (
      await holder.query<{ id: string; external_id: string }>(
        `SELECT cv.id, ct.external_id FROM conversations cv JOIN contacts ct ON ct.id = cv.contact_id ORDER BY cv.id`,
      )
    ).rows;
    expect(rows).toHaveLength(2);
    // By conversation id: `low` is locked first by an ordered batch.
    const [low, high] = rows.map((r) => customers.find((c) => c.externalId === r.external_id)!);

    await holder.query('BEGIN');
    await holder.query('SELECT id FROM conversations WHERE id = $1 FOR NO KEY UPDATE', [rows[0].id]);
    const forward = t
      .ingest(
        fakeInboundMessage({ contact: low, text: 'forward 1' }),
        fakeInboundMessage({ contact: high, text: 'forward 2' }),
      )
      .then(
        () => 'ok',
        (error: unknown) => String(error),
      );
    await until(async () => (await waitingOnLocks()) >= 1);
    const backward = t
      .ingest(
        fakeInboundMessage({ contact: high, text: 'backward 1' }),
        fakeInboundMessage({ contact: low, text: 'backward 2' }),
      )
      .then(
        () => 'ok',
        (error: unknown) => String(error),
      );
    await until(async () => (await waitingOnLocks()) >= 2);
    await holder.query('COMMIT');

    expect(await Promise.all([forward, backward])).toEqual(['ok', 'ok']);
    const unread = (
      await holder.query<{ unread_count: number }>('SELECT unread_count FROM conversations ORDER BY id')
    ).rows.map((r) => r.unread_count);
    expect(unread).toEqual([3, 3]);
  });
});

// PostgreSQL through a `pg` pool, for teams that run several server processes on one database.
import pg from 'pg';
import type { Db, Row, Tx } from './db';

// bigint columns hold millisecond timestamps and sequence numbers, all far below 2^53: read them
// as numbers, as PGlite does, so rows look the same on both databases.
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

// Two-key advisory locks live in a key space of their own: they never meet the one-key locks of
// migrations and the change feed. The first key says "Sidedesk's background work".
const EXCLUSIVE_SPACE = 731_004;
const EXCLUSIVE_LOCK = `SELECT pg_try_advisory_lock(${EXCLUSIVE_SPACE}, hashtext($1)) AS locked`;
const EXCLUSIVE_WAIT = `SELECT pg_advisory_lock(${EXCLUSIVE_SPACE}, hashtext($1)) IS NOT NULL AS locked`;
const EXCLUSIVE_UNLOCK = `SELECT pg_advisory_unlock(${EXCLUSIVE_SPACE}, hashtext($1))`;

export async function createPostgresDb(connectionString: string, options: { max?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types });
  // An idle client can die with the server; the pool drops it, and this keeps the process up.
  pool.on('error', (error) => console.error(`postgres pool: ${error.message}`));
  await pool.query('SELECT 1');
  const listeners = new Set<pg.Client>();

  return {
    kind: 'postgres',
    async query<T = Row>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<R = Row>(sql: string, params: unknown[] = []) {
            return (await client.query(sql, params)).rows as R[];
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    // LISTEN needs a connection of its own for as long as it listens: never a pooled one.
    async listen(channel: string, onNotify: (payload: string) => void) {
      const client = new pg.Client({ connectionString, types });
      client.on('error', (error) => console.error(`postgres listener: ${error.message}`));
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => {});
      };
    },
    async exclusive<T>(name: string, fn: () => Promise<T>, options: { wait?: boolean } = {}) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        const lock = options.wait ? EXCLUSIVE_WAIT : EXCLUSIVE_LOCK;
        const [row] = (await client.query<{ locked: boolean }>(lock, [name])).rows;
        if (!row.locked) return null;
        try {
          return { value: await fn() };
        } finally {
          await client.query(EXCLUSIVE_UNLOCK, [name]).catch((error: Error) => (broken = error));
        }
      } finally {
        // A connection whose unlock failed is destroyed, which drops the lock with it.
        client.release(broken);
      }
    },
    async close() {
      await Promise.all([...listeners].map((client) => client.end().catch(() => {})));
      listeners.clear();
      await pool.end();
    },
  };
}

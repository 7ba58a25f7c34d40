// A fresh, migrated database of either kind for one suite, and `describeOnBothDatabases` to run
// a suite on PGlite (in memory) and on the run's PostgreSQL cluster.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { createPgliteDb } from '../store/createPgliteDb';
import { createPostgresDb } from '../store/createPostgresDb';
import type { Db } from '../store/db';
import { migrate } from '../store/migrate';

export type DatabaseKind = 'pglite' | 'postgres';
export const DATABASE_KINDS: DatabaseKind[] = ['pglite', 'postgres'];

export interface TestDatabase {
  db: Db;
  /** For PostgreSQL: the URL of this database, to open more connections (other "processes"). */
  url: string | null;
  drop(): Promise<void>;
}

export function postgresUrl(): string | null {
  return inject('postgresUrl') ?? null;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl()! });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** An empty PostgreSQL database in the test cluster; returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sidedesk_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(postgresUrl()!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export async function openTestDatabase(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let result: TestDatabase;
  if (kind === 'pglite') {
    const db = await createPgliteDb();
    result = { db, url: null, drop: () => db.close() };
  } else {
    const database = await createPostgresDatabase();
    const db = await createPostgresDb(database.url, { max: 20 });
    result = {
      db,
      url: database.url,
      drop: async () => {
        await db.close();
        await database.drop();
      },
    };
  }
  if (options.migrate !== false) await migrate(result.db);
  return result;
}

/** Runs the suite once per database kind; the PostgreSQL run is skipped (loudly, in global setup) without a cluster. */
export function describeOnBothDatabases(title: string, body: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASE_KINDS) {
    describe.skipIf(kind === 'postgres' && !postgresUrl())(`${title} [${kind}]`, () => body(kind));
  }
}

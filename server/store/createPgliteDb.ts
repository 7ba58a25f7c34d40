// PGlite: PostgreSQL compiled to WebAssembly, in process. Data in a folder, or in memory (tests).
import { PGlite } from '@electric-sql/pglite';
import type { Db, Row, Tx } from './db';

/** `dataDir` undefined keeps everything in memory. */
export async function createPgliteDb(dataDir?: string): Promise<Db> {
  const pg = dataDir ? new PGlite(dataDir) : new PGlite();
  await pg.waitReady;
  return {
    kind: 'pglite',
    async query<T = Row>(sql: string, params: unknown[] = []) {
      return (await pg.query<T>(sql, params)).rows;
    },
    // PGlite is one connection: its transactions run one at a time, queued by PGlite itself.
    transaction<T>(fn: (tx: Tx) => Promise<T>) {
      return pg.transaction((inner) =>
        fn({
          async query<R = Row>(sql: string, params: unknown[] = []) {
            return (await inner.query<R>(sql, params)).rows;
          },
          async exec(sql: string) {
            await inner.exec(sql);
          },
        }),
      );
    },
    async close() {
      await pg.close();
    },
  };
}

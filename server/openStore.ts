// Opens the configured database (PostgreSQL by URL, else PGlite in a folder), migrates it, and
// wraps it in the change-feed store.
import { mkdir } from 'node:fs/promises';
import { createStore, type Store } from './store/createStore';
import { createPgliteDb } from './store/createPgliteDb';
import { createPostgresDb } from './store/createPostgresDb';
import type { Db } from './store/db';
import { migrate } from './store/migrate';

export async function openStore(options: { databaseUrl: string | null; dataDir: string | null }): Promise<Store> {
  let db: Db;
  if (options.databaseUrl) db = await createPostgresDb(options.databaseUrl);
  else {
    if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
    db = await createPgliteDb(options.dataDir ?? undefined);
  }
  try {
    await migrate(db);
    return await createStore(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

// Opens the configured database (PostgreSQL by URL, else PGlite in a folder), migrates it, and
// wraps it in the change-feed store.
import { mkdir } from 'node:fs/promises';
import { CHANNEL_TOKEN_PURPOSE, createSecretBox } from './secrets/secretBox';
import { sealChannelTokens } from './secrets/sealChannelTokens';
import { BUILT_IN_SECRET_KEY } from './secrets/secretSettings';
import { createStore, type Store } from './store/createStore';
import { createPgliteDb } from './store/createPgliteDb';
import { createPostgresDb } from './store/createPostgresDb';
import type { Db } from './store/db';
import { migrate } from './store/migrate';

export async function openStore(options: {
  databaseUrl: string | null;
  dataDir: string | null;
  /** SIDEDESK_SECRET_KEY; the built-in key when absent (tests, tools). */
  secretKey?: Uint8Array;
}): Promise<Store> {
  let db: Db;
  if (options.databaseUrl) db = await createPostgresDb(options.databaseUrl);
  else {
    if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
    db = await createPgliteDb(options.dataDir ?? undefined);
  }
  try {
    await migrate(db);
    const store = await createStore(db, {
      secrets: createSecretBox(options.secretKey ?? BUILT_IN_SECRET_KEY, CHANNEL_TOKEN_PURPOSE),
    });
    // Before anything reads a channel: a wrong key stops the start here, with one clear line.
    await sealChannelTokens(store).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    return store;
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

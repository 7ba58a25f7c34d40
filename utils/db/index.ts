import { SidedeskDb, dataTables } from './schema';

export * from './schema';
export { INITIAL_SYNC_STATE, patchSyncState, readSyncState } from './syncState';

export const DB_NAME = 'sidedesk';

/** A factory so tests (and only tests) can open fresh, separately named databases. */
export function createDb(name: string = DB_NAME): SidedeskDb {
  return new SidedeskDb(name);
}

let shared: SidedeskDb | undefined;
/** The one instance per extension context; Dexie reopens it lazily after a worker restart. */
export function getDb(): SidedeskDb {
  shared ??= createDb();
  return shared;
}

/** Sign-out: drop the agent's copy in one transaction, keep device preferences. */
export async function clearAgentData(db: SidedeskDb): Promise<void> {
  const tables = dataTables(db);
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
}
export { putServerMessage } from './putServerMessage';
export { byThreadOrder, isLocalOrder, localOrder } from './messageOrder';

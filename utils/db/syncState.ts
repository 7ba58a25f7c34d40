import type { SidedeskDb, SyncStateRecord } from './schema';

export const INITIAL_SYNC_STATE: SyncStateRecord = {
  id: 'sync',
  cursor: 0,
  status: 'signed_out',
  lastError: null,
  lastSyncAt: null,
  failures: 0,
};

export async function readSyncState(db: SidedeskDb): Promise<SyncStateRecord> {
  return (await db.syncState.get('sync')) ?? INITIAL_SYNC_STATE;
}

/** Merges into the persisted record; safe inside or outside a transaction that includes syncState. */
export async function patchSyncState(db: SidedeskDb, patch: Partial<Omit<SyncStateRecord, 'id'>>): Promise<void> {
  const current = await readSyncState(db);
  await db.syncState.put({ ...current, ...patch, id: 'sync' });
}

import { createApiClient } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import type { SyncDeps } from '@/utils/sync';
import { NOW } from '@/core/testing/fakes';

/** Sync deps over a fake fetch, a fixed clock and instant sleeps that are recorded. */
export function testSyncDeps(db: SidedeskDb, fetch: typeof globalThis.fetch, overrides: Partial<SyncDeps> = {}) {
  const sleeps: number[] = [];
  let signedOut = false;
  const deps: SyncDeps = {
    db,
    getApi: async () => (signedOut ? null : createApiClient({ baseUrl: 'http://sidedesk.test', token: 'tok', fetch })),
    onSignedOut: async () => {
      signedOut = true;
    },
    now: () => NOW,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    isOnline: () => true,
    ...overrides,
  };
  return { deps, sleeps, isSignedOut: () => signedOut };
}

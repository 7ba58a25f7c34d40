import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeAgent } from '@/core/testing/fakes';
import { patchSyncState, readSyncState } from '@/utils/db';
import { createSessionStore } from '@/utils/session/sessionStore';
import { fakeFetch, freshDb, json } from '@/utils/testing/fakes';
import { createAuth } from './auth';

describe('a token the server refuses', () => {
  beforeEach(() => fakeBrowser.reset());

  it('signs out and keeps the reason the server gave, so the panel can say the session ended or expired', async () => {
    const db = freshDb();
    const session = createSessionStore();
    await session.set({ serverUrl: 'http://localhost:8787', token: 'old-token', agent: fakeAgent() });
    const auth = createAuth({ db, session, fetch: fakeFetch(() => json(404, {})).fetch });
    // As the sync round records a 401 before it calls onTokenRejected.
    await patchSyncState(db, { status: 'signed_out', lastErrorCode: 'session_expired', lastError: 'expired' });
    await auth.onTokenRejected();
    expect(await session.get()).toBeNull();
    expect(await readSyncState(db)).toMatchObject({ status: 'signed_out', lastErrorCode: 'session_expired' });
  });
});

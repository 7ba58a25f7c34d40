// Channel access tokens at rest: the column never holds a token in the clear, tokens an older
// version stored in the clear are sealed on the next start, and a start with another key stops
// with one line naming SIDEDESK_SECRET_KEY instead of failing every send later.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../openStore';
import { findChannelById, upsertChannel } from '../store/repos/channels';
import { fakeChannel } from '../testing/fakes';
import { createPostgresDatabase, describeOnBothDatabases, type DatabaseKind } from '../testing/testDatabases';
import { isSealed } from './secretBox';

const TOKEN = 'EAAG-real-looking-page-token-1234567890';

describeOnBothDatabases('channel tokens at rest', (kind: DatabaseKind) => {
  let location: { databaseUrl: string | null; dataDir: string | null };
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (kind === 'postgres') {
      const database = await createPostgresDatabase();
      location = { databaseUrl: database.url, dataDir: null };
      cleanup = database.drop;
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'sidedesk-secrets-'));
      location = { databaseUrl: null, dataDir: dir };
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
  });
  afterAll(() => cleanup());

  const key = randomBytes(32);
  const stored = async (store: Awaited<ReturnType<typeof openStore>>) =>
    (
      await store.db.query<{ id: string; access_token: string }>('SELECT id, access_token FROM channels ORDER BY id')
    ).map((r) => r.access_token);

  it('stores tokens sealed and reads them back in the clear', async () => {
    const store = await openStore({ ...location, secretKey: key });
    try {
      const channel = await upsertChannel(store.db, store.secrets, fakeChannel({ accessToken: TOKEN }), 1);
      expect(channel.accessToken).toBe(TOKEN);
      const [column] = await stored(store);
      expect(isSealed(column)).toBe(true);
      expect(column).not.toContain(TOKEN);
      expect((await findChannelById(store.db, store.secrets, channel.id))!.accessToken).toBe(TOKEN);
    } finally {
      await store.close();
    }
  });

  it('seals a token stored in the clear on the next start', async () => {
    let store = await openStore({ ...location, secretKey: key });
    await store.db.query(
      `INSERT INTO channels (id, kind, name, external_id, access_token, graph_url, simulated, created_at)
       VALUES ('legacy', 'messenger', 'Old Page', '555', $1, 'https://graph.test/v23.0', false, 2)`,
      ['legacy-plain-token'],
    );
    await store.close();

    store = await openStore({ ...location, secretKey: key });
    try {
      const columns = await stored(store);
      expect(columns.every(isSealed)).toBe(true);
      expect(columns.join(' ')).not.toContain('legacy-plain-token');
      expect((await findChannelById(store.db, store.secrets, 'legacy'))!.accessToken).toBe('legacy-plain-token');
    } finally {
      await store.close();
    }
  });

  it('a start with another key stops with a clear error and changes nothing', async () => {
    const before = await (async () => {
      const store = await openStore({ ...location, secretKey: key });
      const columns = await stored(store);
      await store.close();
      return columns;
    })();
    await expect(openStore({ ...location, secretKey: randomBytes(32) })).rejects.toThrow(
      /SIDEDESK_SECRET_KEY does not open the secrets stored in this database/,
    );
    const store = await openStore({ ...location, secretKey: key });
    try {
      expect(await stored(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});

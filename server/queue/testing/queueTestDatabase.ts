// Test plumbing for the queue's suites: a database that can be opened again (a restart), a
// settable clock, and a gate a handler waits on until the test opens it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../openStore';
import { createPgliteDb } from '../../store/createPgliteDb';
import { createStore, type Store } from '../../store/createStore';
import { migrate } from '../../store/migrate';
import { createPostgresDatabase, type DatabaseKind } from '../../testing/testDatabases';

export interface QueueTestDatabase {
  /** PostgreSQL only: for other processes. */
  url: string | null;
  /** A new store on the same data (in-memory PGlite: only once). */
  open(): Promise<Store>;
  drop(): Promise<void>;
}

export async function queueTestDatabase(
  kind: DatabaseKind,
  options: { persistent?: boolean } = {},
): Promise<QueueTestDatabase> {
  if (kind === 'postgres') {
    const database = await createPostgresDatabase();
    return {
      url: database.url,
      open: () => openStore({ databaseUrl: database.url, dataDir: null }),
      drop: database.drop,
    };
  }
  if (!options.persistent) {
    return {
      url: null,
      async open() {
        const db = await createPgliteDb();
        await migrate(db);
        return createStore(db);
      },
      drop: async () => {},
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'sidedesk-queue-'));
  return {
    url: null,
    open: () => openStore({ databaseUrl: null, dataDir: dir }),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function testClock(start = 1_700_000_000_000): TestClock {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

export interface Gate {
  wait: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** Lets pending promise callbacks and I/O run (no time is measured). */
export const settle = (rounds = 20) =>
  (async () => {
    for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
  })();

/** Polls `check` until it holds; the suite's timeout is the only bound (a hang guard, not a timed assertion). */
export async function eventually(check: () => Promise<boolean>, everyMs = 50): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, everyMs));
}

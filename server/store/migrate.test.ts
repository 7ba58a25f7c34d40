import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnBothDatabases, openTestDatabase, type TestDatabase } from '../testing/testDatabases';
import { loadMigrations, migrate } from './migrate';

describeOnBothDatabases('migrations', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => (database = await openTestDatabase(kind, { migrate: false })));
  afterAll(() => database.drop());

  it('apply once, in order, recorded; a second run (or a concurrent one) applies nothing', async () => {
    const names = (await loadMigrations()).map((m) => m.name);
    expect(names[0]).toBe('001_initial.sql');
    const [first, concurrent] = await Promise.all([migrate(database.db), migrate(database.db)]);
    expect([...first, ...concurrent].sort()).toEqual(names);
    expect(await migrate(database.db)).toEqual([]);
    const recorded = await database.db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY version');
    expect(recorded.map((r) => r.name)).toEqual(names);
  });
});

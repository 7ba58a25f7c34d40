// Vitest global setup of the `server` project: one PostgreSQL cluster for the whole run, its URL
// provided to every suite (each makes its own database). Without the binaries the PostgreSQL
// suites are skipped loudly — and under CI=true that is a failure.
import type { TestProject } from 'vitest/node';
import { PG_BIN, postgresAvailable, startPostgresCluster } from './postgresCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster, or null when PostgreSQL is not installed. */
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (!postgresAvailable()) {
    const line = `SKIPPED: PostgreSQL suite — install postgresql-15 (no initdb in ${PG_BIN})`;
    if (process.env.CI === 'true') throw new Error(`${line}; CI=true does not allow skipping it.`);
    console.warn(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
    project.provide('postgresUrl', null);
    return;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

// Ingest CPU benchmark: server CPU milliseconds per signed WhatsApp webhook, for the real server
// process (PGlite, PostgreSQL) against the bare handler (a Hono app that reads, parses and
// acknowledges the same body), measured in one run with the same load generator. CPU per webhook
// is what stays stable on a shared machine; the requests-per-second figure is printed too, for
// information only (it depends on what else the two cores are doing). The CPU is the target
// process's own (process.cpuUsage over IPC): on PostgreSQL, the database's processes are not in it.
import type { ChildProcess } from 'node:child_process';
import { postgresAvailable, startPostgresCluster } from '../server/testing/postgresCluster';
import { fire, signedWebhooks, startTarget } from './ingest';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 3000);
const WARMUP = 300;

function cpuMicros(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      const cpu = (message as { cpu?: NodeJS.CpuUsage }).cpu;
      if (!cpu) return;
      child.off('message', onMessage);
      resolve(cpu.user + cpu.system);
    };
    child.on('message', onMessage);
    child.send('cpu');
  });
}

interface CpuResult {
  msPerWebhook: number;
  perSecond: number;
}

async function measure(label: string, args: string[]): Promise<CpuResult> {
  const { url, child } = await startTarget(args);
  try {
    await fire(url, signedWebhooks(WARMUP, `${label}-warmup`));
    const webhooks = signedWebhooks(MESSAGES, label);
    const before = await cpuMicros(child);
    const perSecond = await fire(url, webhooks);
    const msPerWebhook = (await cpuMicros(child)) - before;
    const result = { msPerWebhook: msPerWebhook / 1000 / MESSAGES, perSecond };
    console.log(
      `  ${label.padEnd(26)} ${result.msPerWebhook.toFixed(3).padStart(7)} ms CPU/webhook  ${perSecond.toFixed(0).padStart(6)} webhooks/s`,
    );
    return result;
  } finally {
    child.kill('SIGTERM');
  }
}

export async function runIngestCpuBenchmark() {
  console.log(`\nIngest CPU: ${MESSAGES} signed text webhooks, server process CPU per webhook`);
  const bare = await measure('bare handler', ['bare']);
  const pglite = await measure('Sidedesk on PGlite', ['pglite']);
  console.log(`  PGlite     / bare: ${(pglite.msPerWebhook / bare.msPerWebhook).toFixed(1)}x the CPU per webhook`);
  if (!postgresAvailable()) return console.log('  SKIPPED PostgreSQL: install postgresql-15');
  const cluster = await startPostgresCluster();
  try {
    const postgres = await measure('Sidedesk on PostgreSQL', ['postgres', cluster.url]);
    console.log(
      `  PostgreSQL / bare: ${(postgres.msPerWebhook / bare.msPerWebhook).toFixed(1)}x the CPU per webhook (PostgreSQL's own CPU not counted)`,
    );
  } finally {
    cluster.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runIngestCpuBenchmark();

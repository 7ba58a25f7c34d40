// Ingest benchmark: signed WhatsApp webhooks per second accepted (committed, then 200) by the real
// server on PGlite and on PostgreSQL, against the ceiling — a bare Hono handler that only reads,
// parses and answers — measured in the same run with the same load generator. Prints ratios.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { resolve } from 'node:path';
import { DEMO_APP_SECRET } from '../server/parseConfig';
import { buildWhatsappTextWebhook } from '../server/simulator/buildWebhooks';
import { signBody } from '../server/simulator/signBody';
import { postgresAvailable, startPostgresCluster } from '../server/testing/postgresCluster';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_PHONE_NUMBER_ID = '100000000000001';
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 3000);
const WARMUP = 300;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const CUSTOMERS = 500;

type Signed = { body: string; signature: string };

export function signedWebhooks(count: number, tag: string): Signed[] {
  return Array.from({ length: count }, (_, i) =>
    signBody(
      buildWhatsappTextWebhook({
        phoneNumberId: DEMO_PHONE_NUMBER_ID,
        customer: { name: `Bench ${i % CUSTOMERS}`, phone: String(5491100000000 + (i % CUSTOMERS)) },
        text: `${tag} message ${i}: ¿tienen envío a Bogotá?`,
      }),
      DEMO_APP_SECRET,
    ),
  );
}

export async function startTarget(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ingestTarget.ts', ...args], {
    cwd: ROOT,
    // The IPC channel lets bench/ingestCpu.ts ask the target for its CPU time.
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`target ${args[0]} exited (${code})`)));
  });
  return { url, child };
}

/** POST over a keep-alive agent: node:http costs the generator far less than fetch on 2 cores. */
function post(agent: Agent, url: URL, { body, signature }: Signed): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-hub-signature-256': signature,
      },
    });
    req.once('response', (res) => {
      res.resume();
      res.once('end', () => done(res.statusCode ?? 0));
    });
    req.once('error', fail);
    req.end(body);
  });
}

export async function fire(url: string, webhooks: Signed[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const target = new URL('/webhooks/whatsapp', url);
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < webhooks.length) {
        if ((await post(agent, target, webhooks[next++])) !== 200) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  if (failures) throw new Error(`${failures} webhooks were not accepted`);
  return webhooks.length / seconds;
}

async function measure(label: string, args: string[]): Promise<number> {
  const { url, child } = await startTarget(args);
  try {
    await fire(url, signedWebhooks(WARMUP, `${label}-warmup`));
    const rate = await fire(url, signedWebhooks(MESSAGES, label));
    console.log(`  ${label.padEnd(28)} ${rate.toFixed(0).padStart(6)} webhooks/s`);
    return rate;
  } finally {
    child.kill('SIGTERM');
  }
}

export async function runIngestBenchmark() {
  console.log(`\nIngest: ${MESSAGES} signed text webhooks, ${CONCURRENCY} in flight, ${CUSTOMERS} customers`);
  const ceiling = await measure('ceiling (bare Hono parse)', ['bare']);
  const pglite = await measure('Sidedesk on PGlite', ['pglite']);
  let postgres: number | null = null;
  if (postgresAvailable()) {
    const cluster = await startPostgresCluster();
    try {
      postgres = await measure('Sidedesk on PostgreSQL', ['postgres', cluster.url]);
    } finally {
      cluster.stop();
    }
  } else {
    console.log('  SKIPPED PostgreSQL: install postgresql-15');
  }
  console.log(
    `  PGlite     / ceiling: ${(pglite / ceiling).toFixed(3)}  (goal ≥ 1,000/s: ${pglite >= 1000 ? 'met' : 'not met'})`,
  );
  if (postgres !== null) {
    console.log(
      `  PostgreSQL / ceiling: ${(postgres / ceiling).toFixed(3)}  (goal ≥ 3,000/s: ${postgres >= 3000 ? 'met' : 'not met'}; test cluster, fsync off)`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runIngestBenchmark();

// A process the ingest benchmark fires webhooks at: either the real server (PGlite or PostgreSQL)
// or the ceiling, a bare Hono handler that only reads, parses and answers. Prints "READY <url>",
// and answers "cpu" over IPC with its CPU time so far.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLog } from '../server/log';
import { parseConfig } from '../server/parseConfig';
import { startServer } from '../server/startServer';

const mode = process.argv[2];
// bench/ingestCpu.ts asks for this process's CPU time (user + system, µs) before and after a run.
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});

if (mode === 'bare') {
  const app = new Hono();
  app.post('/webhooks/whatsapp', async (c) => {
    JSON.parse(new TextDecoder().decode(await c.req.arrayBuffer()));
    return c.text('ok');
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    console.log(`READY http://127.0.0.1:${info.port}`),
  );
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
} else {
  const env: Record<string, string> = { SIDEDESK_DEMO: '1', DATA_DIR: mkdtempSync(join(tmpdir(), 'sidedesk-bench-')) };
  if (mode === 'postgres') env.DATABASE_URL = process.argv[3];
  const server = await startServer({ ...parseConfig(env), port: 0 }, { hostname: '127.0.0.1', log: silentLog });
  console.log(`READY ${server.url.replace('localhost', '127.0.0.1')}`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

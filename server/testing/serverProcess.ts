// A real server process for the multi-process suite: startServer on the environment's settings,
// as main.ts runs it, on a free port, with the timers shortened (JOB_INTERVAL_MS) and every
// outgoing request marked with PROCESS_NAME, so the suite's Graph stand-in can tell who sent what.
// Logs are JSON lines on stdout; the last line of the start says "server ready" with the URL.
import { createLog } from '../log';
import { parseConfig } from '../parseConfig';
import { startServer } from '../startServer';

const name = process.env.PROCESS_NAME ?? 'server';
const marked = ((input: RequestInfo | URL, init?: RequestInit) => {
  const headers = new Headers(init?.headers);
  headers.set('x-sidedesk-process', name);
  return fetch(input, { ...init, headers });
}) as typeof fetch;

const log = createLog();
const server = await startServer(
  { ...parseConfig(process.env), port: 0 },
  {
    hostname: '127.0.0.1',
    log,
    fetch: marked,
    jobIntervalMs: Number(process.env.JOB_INTERVAL_MS ?? 60_000),
    queuePollMs: 200,
  },
);
log('server ready', { url: server.url.replace('localhost', '127.0.0.1'), process: name });
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));

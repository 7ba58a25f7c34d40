// A Graph API stand-in on a real port for the multi-process suite: it records every send (which
// process sent it, to whom) and answers like Meta, or holds the answers while the test wants a
// send to stay in flight (the process is then killed with -9 in the middle of it).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface RecordedSend {
  process: string;
  to: string;
}

export interface GraphRecorder {
  url: string;
  sends: RecordedSend[];
  /** Sends wait unanswered until release() (or until their process dies). */
  hold(): () => void;
  /** Resolves once `count` sends have arrived. */
  waitForSends(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startGraphRecorder(): Promise<GraphRecorder> {
  const sends: RecordedSend[] = [];
  const waiters = new Set<() => void>();
  let held: Promise<void> | null = null;
  let counter = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = JSON.parse(raw || '{}') as { to?: string };
    sends.push({ process: String(req.headers['x-sidedesk-process'] ?? '?'), to: String(body.to) });
    for (const wake of waiters) wake();
    if (held) await held;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        messaging_product: 'whatsapp',
        contacts: [{ input: body.to, wa_id: body.to }],
        messages: [{ id: `wamid.recorded-${++counter}` }],
      }),
    );
  };
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/v23.0`,
    sends,
    hold() {
      let release = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
    waitForSends: (count) =>
      new Promise((resolve) => {
        const check = () => {
          if (sends.length < count) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

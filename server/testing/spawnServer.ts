// Starts server/testing/serverProcess.ts as a child process and reads its JSON log lines: the
// multi-process suite waits on them (never on a clock) and kills the process with -9 mid-work.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Every JSON line it logged so far. */
  lines: Record<string, unknown>[];
  call(method: string, path: string, options?: { token?: string; body?: unknown }): Promise<Response>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function spawnServer(name: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/testing/serverProcess.ts'], {
    env: { ...process.env, ...env, PROCESS_NAME: name },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: Record<string, unknown>[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (text) => {
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return;
      }
      lines.push(line);
      if (line.msg === 'server ready') resolve(String(line.url));
    });
    child.once('exit', (code) => reject(new Error(`server ${name} exited during start (${code})`)));
  });
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  return {
    name,
    url,
    child,
    lines,
    call: (method, path, options = {}) =>
      fetch(`${url}${path}`, {
        method,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      }),
    async kill9() {
      if (!ended()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!ended()) child.kill('SIGTERM');
      await exited;
    },
  };
}

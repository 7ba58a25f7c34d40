// `npm start`: build the extension, then run the API server with the demo workspace and the
// customer simulator on embedded defaults (PGlite in ./data). Prints how to load the extension
// once the server answers.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '8787';
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;

console.log('Building the extension (wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('The extension build failed; see the errors above.');
  process.exit(build.status ?? 1);
}

// The IPC channel ties the server to this script: when the script dies in any way (even a
// `kill -9`, or npm killed without passing the signal on), the channel closes and the server stops.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: root,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { SIDEDESK_DEMO: '1', ...process.env, PORT: port, PUBLIC_URL: publicUrl },
});
const stop = (signal) => {
  if (server.exitCode === null) server.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// npm does not forward a signal sent to its own pid: notice being orphaned and stop as if told.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop('SIGTERM'), 500).unref();
server.on('exit', (code) => process.exit(code ?? 0));

const banner = `
┌─ Sidedesk is running ────────────────────────────────────────────────────
│ API server        ${publicUrl}
│ Customer phone    ${publicUrl}/simulator   (play the customer here)
│ API description   ${publicUrl}/openapi.json
│
│ Load the extension in Chrome or Chromium:
│   1. open chrome://extensions and switch on "Developer mode"
│   2. "Load unpacked" → choose ${resolve(root, '.output/chrome-mv3')}
│   3. the options page opens by itself: sign in with server ${publicUrl}
│        agent  ana@sidedesk.demo    / sidedesk
│        agent  ben@sidedesk.demo    / sidedesk
│        admin  admin@sidedesk.demo  / sidedesk
│   4. click the Sidedesk toolbar icon: the side panel opens beside any page
│ Stop with Ctrl+C. Data lives in ./data (delete the folder to start over).
└──────────────────────────────────────────────────────────────────────────`;

async function announceWhenHealthy() {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) return;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return console.log(banner);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  console.error(`The server did not answer on port ${port} within a minute.`);
}
announceWhenHealthy();

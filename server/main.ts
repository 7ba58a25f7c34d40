// `npm run server`: the only place that reads the environment. Settings are checked first; a
// bad one stops the start with one line naming it.
import { ConfigError, parseConfig, type ServerConfig } from './parseConfig';
import { startServer } from './startServer';

let config: ServerConfig;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Sidedesk cannot start: ${error.message}`);
  process.exit(1);
}

try {
  const server = await startServer(config);
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(
    `Sidedesk API on ${server.url} (public ${config.publicUrl}) · ${database}${config.demo ? ` · demo workspace, customer simulator at ${config.publicUrl}/simulator` : ''} · ${config.publicUrl}/openapi.json`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Started by `npm start` with an IPC channel: it closes when that script dies, however it died.
  if (process.send) process.on('disconnect', () => void stop('npm start exited'));
} catch (error) {
  console.error(`Sidedesk cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// The operating settings (metrics, logs), read by parseConfig: kept apart so the main settings
// file stays about the workspace and its channels.
import type { Env } from './parseConfig';
import { ConfigError } from './parseConfig';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface OpsConfig {
  /** Bearer token GET /metrics asks for; null: /metrics answers 404. */
  metricsToken: string | null;
  logLevel: LogLevel;
}

export function parseOpsConfig(env: Env): OpsConfig {
  const metricsToken = env.SIDEDESK_METRICS_TOKEN?.trim() || null;
  if (metricsToken !== null && metricsToken.length < 16)
    throw new ConfigError('SIDEDESK_METRICS_TOKEN', 'must be at least 16 characters (a long random string).');
  const level = env.LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new ConfigError('LOG_LEVEL', `"${level}" is not one of ${LOG_LEVELS.join(', ')}.`);
  return { metricsToken, logLevel: level as LogLevel };
}

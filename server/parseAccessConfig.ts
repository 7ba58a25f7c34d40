// The settings about who may call the API and for how long: session expiry, the browser origins
// allowed by CORS, and whether a reverse proxy's X-Forwarded-For names the client.
import type { SessionPolicy } from './auth/sessionPolicy';
import { DEFAULT_ALLOWED_ORIGINS } from './http/browserPolicy';
import { ConfigError } from './parseConfig';

export interface AccessConfig {
  sessions: SessionPolicy;
  allowedOrigins: string[];
  trustProxy: boolean;
}

type Env = Record<string, string | undefined>;
const DAY = 24 * 60 * 60_000;
const read = (env: Env, name: string) => env[name]?.trim() || undefined;

function parseDays(env: Env, name: string, fallback: number): number {
  const text = read(env, name);
  if (text === undefined) return fallback * DAY;
  const days = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || days <= 0 || days > 3650)
    throw new ConfigError(name, `"${text}" is not a number of days (more than 0, at most 3650).`);
  return Math.round(days * DAY);
}

/** Exact origins (`https://crm.example.com`) or a whole scheme (`chrome-extension://*`); never `*`. */
function parseOrigins(env: Env): string[] {
  const text = read(env, 'SIDEDESK_ALLOWED_ORIGINS');
  if (text === undefined) return DEFAULT_ALLOWED_ORIGINS;
  const origins = text
    .split(',')
    .map((part) => part.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/(\*|[^/*\s]+)$/.test(origin))
      throw new ConfigError(
        'SIDEDESK_ALLOWED_ORIGINS',
        `"${origin}" is not an origin (like chrome-extension://ID or https://host) or a scheme://* pattern.`,
      );
  }
  return origins;
}

export function parseAccessConfig(env: Env): AccessConfig {
  const idleMs = parseDays(env, 'SESSION_IDLE_DAYS', 7);
  const maxAgeMs = parseDays(env, 'SESSION_MAX_AGE_DAYS', 30);
  if (idleMs > maxAgeMs) throw new ConfigError('SESSION_IDLE_DAYS', 'must not be longer than SESSION_MAX_AGE_DAYS.');
  const proxy = read(env, 'SIDEDESK_TRUST_PROXY');
  if (proxy !== undefined && !['0', '1', 'true', 'false'].includes(proxy))
    throw new ConfigError('SIDEDESK_TRUST_PROXY', `"${proxy}" is not 1 or 0.`);
  return {
    sessions: { idleMs, maxAgeMs },
    allowedOrigins: parseOrigins(env),
    trustProxy: proxy === '1' || proxy === 'true',
  };
}

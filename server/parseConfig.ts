// The server's settings from its environment, checked in one pure function: a missing or
// contradictory setting becomes ONE line naming it, and main.ts stops with exit code 1.
export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com/v23.0';
export const DEMO_APP_SECRET = 'sidedesk-demo-secret';
export const DEMO_VERIFY_TOKEN = 'sidedesk-demo';

export interface ServerConfig {
  port: number;
  /** PGlite's folder; ignored when `databaseUrl` is set. */
  dataDir: string;
  databaseUrl: string | null;
  publicUrl: string;
  appSecret: string;
  verifyToken: string;
  graphUrl: string;
  whatsapp: { phoneNumberId: string; accessToken: string } | null;
  /** A Facebook Page's Messenger: the Page id and a Page access token. */
  messenger: { pageId: string; accessToken: string } | null;
  /** An Instagram professional account: its id and the access token of the connected Page. */
  instagram: { accountId: string; accessToken: string } | null;
  admin: { email: string; password: string } | null;
  demo: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Empty strings count as unset: `FOO= npm start` should not mean "FOO is the empty string". */
const read = (env: Env, name: string) => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

export function parseConfig(env: Env): ServerConfig {
  const portText = read(env, 'PORT') ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535)
    throw new ConfigError('PORT', `"${portText}" is not a port number (1-65535).`);

  const demo = parseFlag(env, 'SIDEDESK_DEMO');
  const databaseUrl = read(env, 'DATABASE_URL') ?? null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL',
      'must be a postgres:// or postgresql:// URL (leave it unset for the embedded database in DATA_DIR).',
    );
  }

  const publicUrl = (read(env, 'PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, '');
  assertHttpUrl('PUBLIC_URL', publicUrl);
  const graphUrl = (read(env, 'META_GRAPH_URL') ?? DEFAULT_GRAPH_URL).replace(/\/+$/, '');
  assertHttpUrl('META_GRAPH_URL', graphUrl);

  const appSecret = read(env, 'META_APP_SECRET') ?? (demo ? DEMO_APP_SECRET : undefined);
  if (!appSecret)
    throw new ConfigError(
      'META_APP_SECRET',
      'is required (your Meta app secret; or set SIDEDESK_DEMO=1 for the demo).',
    );
  const verifyToken = read(env, 'META_VERIFY_TOKEN') ?? (demo ? DEMO_VERIFY_TOKEN : undefined);
  if (!verifyToken)
    throw new ConfigError(
      'META_VERIFY_TOKEN',
      'is required (the token you typed in the webhook settings; or set SIDEDESK_DEMO=1).',
    );

  return {
    port,
    dataDir: read(env, 'DATA_DIR') ?? './data',
    databaseUrl,
    publicUrl,
    appSecret,
    verifyToken,
    graphUrl,
    whatsapp: parsePair(env, ['WHATSAPP_PHONE_NUMBER_ID', 'WHATSAPP_ACCESS_TOKEN'], (id, token) => ({
      phoneNumberId: id,
      accessToken: token,
    })),
    messenger: parsePair(env, ['MESSENGER_PAGE_ID', 'MESSENGER_ACCESS_TOKEN'], (id, token) => ({
      pageId: id,
      accessToken: token,
    })),
    instagram: parsePair(env, ['INSTAGRAM_ACCOUNT_ID', 'INSTAGRAM_ACCESS_TOKEN'], (id, token) => ({
      accountId: id,
      accessToken: token,
    })),
    admin: parseAdmin(env),
    demo,
  };
}

function parseFlag(env: Env, name: string): boolean {
  const value = read(env, name);
  if (value === undefined || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(name, `"${value}" is not 1 or 0.`);
}

function assertHttpUrl(name: string, value: string) {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `"${value}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(name, `"${value}" must start with http:// or https://.`);
}

/** Two settings that only make sense together: both or neither. */
function parsePair<T>(env: Env, [a, b]: [string, string], build: (a: string, b: string) => T): T | null {
  const first = read(env, a);
  const second = read(env, b);
  if (!first && !second) return null;
  if (!first) throw new ConfigError(a, `is required when ${b} is set.`);
  if (!second) throw new ConfigError(b, `is required when ${a} is set.`);
  return build(first, second);
}

function parseAdmin(env: Env): ServerConfig['admin'] {
  const admin = parsePair(env, ['ADMIN_EMAIL', 'ADMIN_PASSWORD'], (email, password) => ({
    email: email.toLowerCase(),
    password,
  }));
  if (admin && !/^[^@\s]+@[^@\s]+$/.test(admin.email))
    throw new ConfigError('ADMIN_EMAIL', `"${admin.email}" is not an email address.`);
  if (admin && admin.password.length < 8) throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters.');
  return admin;
}

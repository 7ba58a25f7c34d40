// The server's settings from its environment, checked in one pure function: a missing or
// contradictory setting becomes ONE line naming it, and main.ts stops with exit code 1.
import { DEFAULT_AI_TIMEOUT_MS, OPENAI_DEFAULT_BASE_URL, type AiConfig } from './ai/aiConfig';
import { parseOpsConfig, type OpsConfig } from './parseOpsConfig';
import { parseAccessConfig, type AccessConfig } from './parseAccessConfig';
import { parseMediaHosts, parseSecretKey } from './secrets/secretSettings';

export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com/v23.0';
export const DEMO_APP_SECRET = 'sidedesk-demo-secret';
export const DEMO_VERIFY_TOKEN = 'sidedesk-demo';

/** With the sessions, CORS and proxy settings (parseAccessConfig.ts). */
export interface ServerConfig extends AccessConfig {
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
  /** SIDEDESK_DEMO_BOT (default on): the demo's bot is switched on and Sofía is talking to it. */
  demoBot: boolean;
  /** null: no AI provider (summaries without a written part, quick replies ranked locally). */
  ai: AiConfig | null;
  /** Metrics and logs. */
  ops: OpsConfig;
  /** SIDEDESK_SECRET_KEY: seals channel access tokens at rest (AES-256-GCM), 32 bytes. */
  secretKey: Uint8Array;
  /** No SIDEDESK_SECRET_KEY was set: the built-in demo key is in use (the server warns outside the demo). */
  secretKeyBuiltIn: boolean;
  /** MEDIA_HOSTS: where customer files may be downloaded from (Meta's CDNs; the simulator in the demo). */
  mediaHosts: string[];
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

export type Env = Record<string, string | undefined>;

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
    demoBot: read(env, 'SIDEDESK_DEMO_BOT') === undefined ? true : parseFlag(env, 'SIDEDESK_DEMO_BOT'),
    ai: parseAi(env),
    ops: parseOpsConfig(env),
    ...parseAccessConfig(env),
    ...parseSecretKey(read(env, 'SIDEDESK_SECRET_KEY')),
    mediaHosts: parseMediaHosts(read(env, 'MEDIA_HOSTS'), demo ? publicUrl : null),
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

/**
 * No AI setting at all: AI is off. A model with neither base URL nor key is an error (where would it
 * run?); a key without a base URL means OpenAI itself, as in the `openai` package.
 */
function parseAi(env: Env): AiConfig | null {
  const apiKey = read(env, 'OPENAI_API_KEY') ?? null;
  const chatModel = read(env, 'AI_CHAT_MODEL') ?? null;
  const transcribeModel = read(env, 'AI_TRANSCRIBE_MODEL') ?? null;
  const azureApiVersion = read(env, 'AZURE_OPENAI_API_VERSION') ?? null;
  const explicitUrl = read(env, 'OPENAI_BASE_URL')?.replace(/\/+$/, '');
  if (!explicitUrl && !apiKey && !chatModel && !transcribeModel && !azureApiVersion) return null;

  if (!explicitUrl && (!apiKey || azureApiVersion)) {
    throw new ConfigError(
      'OPENAI_BASE_URL',
      azureApiVersion
        ? 'is required with AZURE_OPENAI_API_VERSION (your Azure OpenAI endpoint, https://NAME.openai.azure.com).'
        : 'is required (e.g. http://localhost:11434/v1 for Ollama), or set OPENAI_API_KEY to use api.openai.com.',
    );
  }
  const baseUrl = explicitUrl ?? OPENAI_DEFAULT_BASE_URL;
  assertHttpUrl('OPENAI_BASE_URL', baseUrl);
  if (new URL(baseUrl).username || new URL(baseUrl).password)
    throw new ConfigError('OPENAI_BASE_URL', 'must not carry credentials; put the key in OPENAI_API_KEY.');
  if (!chatModel && !transcribeModel)
    throw new ConfigError(
      'AI_CHAT_MODEL',
      'or AI_TRANSCRIBE_MODEL is required when OPENAI_BASE_URL or OPENAI_API_KEY is set.',
    );
  if (azureApiVersion && !apiKey) throw new ConfigError('OPENAI_API_KEY', 'is required with AZURE_OPENAI_API_VERSION.');

  const timeoutText = read(env, 'AI_TIMEOUT_MS') ?? String(DEFAULT_AI_TIMEOUT_MS);
  const timeoutMs = Number(timeoutText);
  if (!/^\d+$/.test(timeoutText) || timeoutMs < 1000 || timeoutMs > 600_000)
    throw new ConfigError('AI_TIMEOUT_MS', `"${timeoutText}" is not a number of milliseconds between 1000 and 600000.`);

  return { baseUrl, apiKey, chatModel, transcribeModel, azureApiVersion, timeoutMs };
}

import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_GRAPH_URL, parseConfig } from './parseConfig';
import { BUILT_IN_SECRET_KEY, META_MEDIA_HOSTS } from './secrets/secretSettings';

const production = { META_APP_SECRET: 'secret', META_VERIFY_TOKEN: 'verify' };

function errorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('applies the defaults', () => {
    expect(parseConfig(production)).toEqual({
      port: 8787,
      dataDir: './data',
      databaseUrl: null,
      publicUrl: 'http://localhost:8787',
      appSecret: 'secret',
      verifyToken: 'verify',
      graphUrl: DEFAULT_GRAPH_URL,
      whatsapp: null,
      messenger: null,
      instagram: null,
      admin: null,
      demo: false,
      demoBot: true,
      ai: null,
      ops: { metricsToken: null, logLevel: 'info' },
      sessions: { idleMs: 7 * 86_400_000, maxAgeMs: 30 * 86_400_000 },
      allowedOrigins: ['chrome-extension://*'],
      trustProxy: false,
      secretKey: BUILT_IN_SECRET_KEY,
      secretKeyBuiltIn: true,
      mediaHosts: META_MEDIA_HOSTS,
    });
  });

  it('reads SIDEDESK_SECRET_KEY as hex or base64 (32 bytes) and refuses anything else', () => {
    const hex = 'ab'.repeat(32);
    expect(parseConfig({ ...production, SIDEDESK_SECRET_KEY: hex })).toMatchObject({
      secretKey: Buffer.from(hex, 'hex'),
      secretKeyBuiltIn: false,
    });
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(parseConfig({ ...production, SIDEDESK_SECRET_KEY: base64 }).secretKey).toEqual(Buffer.alloc(32, 7));
    for (const bad of ['short', 'ab'.repeat(31), Buffer.alloc(16).toString('base64')])
      expect(errorOf({ ...production, SIDEDESK_SECRET_KEY: bad }).setting).toBe('SIDEDESK_SECRET_KEY');
  });

  it('MEDIA_HOSTS replaces the Meta CDN list; the demo adds its simulator origin', () => {
    expect(
      parseConfig({ ...production, MEDIA_HOSTS: 'cdn.example.com, http://proxy.internal:8080' }).mediaHosts,
    ).toEqual(['cdn.example.com', 'http://proxy.internal:8080']);
    expect(parseConfig({ SIDEDESK_DEMO: '1', PORT: '9000' }).mediaHosts).toEqual([
      ...META_MEDIA_HOSTS,
      'http://localhost:9000',
    ]);
    expect(errorOf({ ...production, MEDIA_HOSTS: 'not a host' }).setting).toBe('MEDIA_HOSTS');
  });

  it('demo mode brings its own secret and verify token, and PUBLIC_URL follows PORT', () => {
    expect(parseConfig({ SIDEDESK_DEMO: '1', PORT: '9000' })).toMatchObject({
      demo: true,
      appSecret: 'sidedesk-demo-secret',
      verifyToken: 'sidedesk-demo',
      publicUrl: 'http://localhost:9000',
      demoBot: true,
    });
    expect(parseConfig({ SIDEDESK_DEMO: '1', SIDEDESK_DEMO_BOT: '0' }).demoBot).toBe(false);
  });

  it('reads every setting', () => {
    const config = parseConfig({
      ...production,
      PORT: '80',
      DATA_DIR: '/var/lib/sidedesk',
      DATABASE_URL: 'postgres://u:p@db/sidedesk',
      PUBLIC_URL: 'https://desk.example.com/',
      META_GRAPH_URL: 'https://graph.facebook.com/v24.0',
      WHATSAPP_PHONE_NUMBER_ID: '123',
      WHATSAPP_ACCESS_TOKEN: 'EAAG',
      MESSENGER_PAGE_ID: '456',
      MESSENGER_ACCESS_TOKEN: 'EAAP',
      INSTAGRAM_ACCOUNT_ID: '789',
      INSTAGRAM_ACCESS_TOKEN: 'EAAI',
      ADMIN_EMAIL: 'Boss@Example.com',
      ADMIN_PASSWORD: 'long enough',
    });
    expect(config).toMatchObject({
      port: 80,
      databaseUrl: 'postgres://u:p@db/sidedesk',
      publicUrl: 'https://desk.example.com',
      graphUrl: 'https://graph.facebook.com/v24.0',
      whatsapp: { phoneNumberId: '123', accessToken: 'EAAG' },
      messenger: { pageId: '456', accessToken: 'EAAP' },
      instagram: { accountId: '789', accessToken: 'EAAI' },
      admin: { email: 'boss@example.com', password: 'long enough' },
    });
  });

  it.each([
    [{}, 'META_APP_SECRET'],
    [{ META_APP_SECRET: 's' }, 'META_VERIFY_TOKEN'],
    [{ ...production, PORT: 'eighty' }, 'PORT'],
    [{ ...production, PORT: '70000' }, 'PORT'],
    [{ ...production, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ...production, PUBLIC_URL: 'desk.example.com' }, 'PUBLIC_URL'],
    [{ ...production, META_GRAPH_URL: 'ftp://graph' }, 'META_GRAPH_URL'],
    [{ ...production, WHATSAPP_PHONE_NUMBER_ID: '123' }, 'WHATSAPP_ACCESS_TOKEN'],
    [{ ...production, WHATSAPP_ACCESS_TOKEN: 'EAAG' }, 'WHATSAPP_PHONE_NUMBER_ID'],
    [{ ...production, MESSENGER_PAGE_ID: '456' }, 'MESSENGER_ACCESS_TOKEN'],
    [{ ...production, INSTAGRAM_ACCESS_TOKEN: 'EAAI' }, 'INSTAGRAM_ACCOUNT_ID'],
    [{ ...production, ADMIN_EMAIL: 'a@b.c' }, 'ADMIN_PASSWORD'],
    [{ ...production, ADMIN_PASSWORD: 'long enough' }, 'ADMIN_EMAIL'],
    [{ ...production, ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long enough' }, 'ADMIN_EMAIL'],
    [{ ...production, ADMIN_EMAIL: 'a@b.c', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ ...production, SIDEDESK_DEMO: 'yes' }, 'SIDEDESK_DEMO'],
    [{ ...production, AI_CHAT_MODEL: 'llama3' }, 'OPENAI_BASE_URL'],
    [{ ...production, AI_TRANSCRIBE_MODEL: 'whisper-1' }, 'OPENAI_BASE_URL'],
    [{ ...production, OPENAI_BASE_URL: 'http://localhost:11434/v1' }, 'AI_CHAT_MODEL'],
    [{ ...production, OPENAI_API_KEY: 'sk-x' }, 'AI_CHAT_MODEL'],
    [{ ...production, OPENAI_BASE_URL: 'localhost:11434', AI_CHAT_MODEL: 'm' }, 'OPENAI_BASE_URL'],
    [{ ...production, OPENAI_BASE_URL: 'https://u:p@ai.example.com/v1', AI_CHAT_MODEL: 'm' }, 'OPENAI_BASE_URL'],
    [
      { ...production, OPENAI_API_KEY: 'k', AI_CHAT_MODEL: 'm', AZURE_OPENAI_API_VERSION: '2024-10-21' },
      'OPENAI_BASE_URL',
    ],
    [
      {
        ...production,
        OPENAI_BASE_URL: 'https://r.openai.azure.com',
        AI_CHAT_MODEL: 'm',
        AZURE_OPENAI_API_VERSION: 'v',
      },
      'OPENAI_API_KEY',
    ],
    [{ ...production, OPENAI_API_KEY: 'k', AI_CHAT_MODEL: 'm', AI_TIMEOUT_MS: '10s' }, 'AI_TIMEOUT_MS'],
    [{ ...production, OPENAI_API_KEY: 'k', AI_CHAT_MODEL: 'm', AI_TIMEOUT_MS: '5' }, 'AI_TIMEOUT_MS'],
  ])('%j stops the start naming %s in one line', (env, setting) => {
    const error = errorOf(env as Record<string, string>);
    expect(error.setting).toBe(setting);
    expect(error.message.startsWith(`${setting}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  it('treats empty values as unset', () => {
    expect(
      parseConfig({ ...production, WHATSAPP_PHONE_NUMBER_ID: '', WHATSAPP_ACCESS_TOKEN: ' ' }).whatsapp,
    ).toBeNull();
  });

  describe('AI settings', () => {
    it('a key and a model without a base URL mean OpenAI itself, with the default timeout', () => {
      expect(parseConfig({ ...production, OPENAI_API_KEY: 'sk-test', AI_CHAT_MODEL: 'gpt-4o-mini' }).ai).toEqual({
        baseUrl: 'https://api.openai.com/v1',
        apiKey: 'sk-test',
        chatModel: 'gpt-4o-mini',
        transcribeModel: null,
        azureApiVersion: null,
        timeoutMs: 60_000,
      });
    });

    it('a local server needs no key, and a transcription model alone is a valid setup', () => {
      const config = parseConfig({
        ...production,
        OPENAI_BASE_URL: 'http://localhost:8000/v1/',
        AI_TRANSCRIBE_MODEL: 'whisper-large-v3',
        AI_TIMEOUT_MS: '15000',
      });
      expect(config.ai).toEqual({
        baseUrl: 'http://localhost:8000/v1',
        apiKey: null,
        chatModel: null,
        transcribeModel: 'whisper-large-v3',
        azureApiVersion: null,
        timeoutMs: 15_000,
      });
    });

    it('reads Azure OpenAI', () => {
      const config = parseConfig({
        ...production,
        OPENAI_BASE_URL: 'https://contoso.openai.azure.com',
        OPENAI_API_KEY: 'azure-key',
        AI_CHAT_MODEL: 'gpt4o-deployment',
        AZURE_OPENAI_API_VERSION: '2024-10-21',
      });
      expect(config.ai).toMatchObject({ azureApiVersion: '2024-10-21', chatModel: 'gpt4o-deployment' });
    });

    it('names the setting without echoing the key', () => {
      const error = errorOf({ ...production, OPENAI_API_KEY: 'sk-very-secret' });
      expect(error.message).not.toContain('sk-very-secret');
    });
  });
});

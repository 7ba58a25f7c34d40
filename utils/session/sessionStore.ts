// The token lives in extension storage (never in Dexie, never in the page); it survives worker
// restarts and is read again on every use.
import { browser } from 'wxt/browser';
import type { Agent } from '@/core/model';

export interface StoredSession {
  serverUrl: string;
  token: string;
  agent: Agent;
}

export const DEFAULT_SERVER_URL = 'http://localhost:8787';
const SESSION_KEY = 'sidedesk.session';
const SERVER_URL_KEY = 'sidedesk.serverUrl';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(storage: StorageArea = browser.storage.local) {
  return {
    async get(): Promise<StoredSession | null> {
      const got = await storage.get(SESSION_KEY);
      return (got[SESSION_KEY] as StoredSession | undefined) ?? null;
    },
    async set(session: StoredSession): Promise<void> {
      await storage.set({ [SESSION_KEY]: session, [SERVER_URL_KEY]: session.serverUrl });
    },
    async clear(): Promise<void> {
      await storage.remove(SESSION_KEY);
    },
    /** The last server used, kept after sign-out to pre-fill the options form. */
    async lastServerUrl(): Promise<string> {
      const got = await storage.get(SERVER_URL_KEY);
      return (got[SERVER_URL_KEY] as string | undefined) ?? DEFAULT_SERVER_URL;
    },
  };
}

/** "http://localhost:8787/" → "http://localhost:8787"; throws on anything but http(s). */
export function normalizeServerUrl(input: string): string {
  const url = new URL(input.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('The server URL must start with http:// or https://');
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** The host permission pattern for exactly this server's origin. */
export function originPattern(serverUrl: string): string {
  return `${new URL(serverUrl).origin}/*`;
}

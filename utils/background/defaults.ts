import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import { createSessionStore } from '@/utils/session/sessionStore';
import type { BackgroundDeps } from './types';

/** The real world, for the entrypoint. Tests build their own deps. */
export function defaultBackgroundDeps(): BackgroundDeps {
  return {
    db: getDb(),
    session: createSessionStore(browser.storage.local),
    browser,
    fetch: (input, init) => globalThis.fetch(input, init),
    now: () => Date.now(),
    random: Math.random,
    uuid: () => crypto.randomUUID(),
    isOnline: () => navigator.onLine,
    onlineEvents: globalThis,
  };
}

import type { browser } from 'wxt/browser';
import type { SidedeskDb } from '@/utils/db';
import type { SessionStore } from '@/utils/session/sessionStore';
import type { OnlineEvents } from './connectivity';

export type Browser = typeof browser;

/** What the background's pieces need from the world; browser globals are defaults, not imports. */
export interface BackgroundDeps {
  db: SidedeskDb;
  session: SessionStore;
  browser: Browser;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  uuid: () => string;
  isOnline: () => boolean;
  /** Fires `online` when the browser regains a network (the worker's global scope). */
  onlineEvents?: OnlineEvents;
}

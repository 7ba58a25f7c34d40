import type { Browser as Chrome } from 'wxt/browser';
import type { Browser } from './types';

type Tab = Chrome.tabs.Tab;

const isWebPage = (tab: Tab) => typeof tab.url === 'string' && /^https?:\/\//.test(tab.url) && tab.id !== undefined;

/**
 * The page "Insert into page" writes into: the most recently used web tab, active ones first.
 * When the side panel is opened as a tab (tests), it is itself the active tab but not a web page,
 * so it is skipped and the page the agent used before it wins.
 */
export async function findTargetTab(tabs: Browser['tabs']): Promise<Tab | null> {
  const web = (await tabs.query({})).filter(isWebPage);
  web.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return web[0] ?? null;
}

// "Find in Sidedesk": a context-menu entry on a selection, and a keyboard command that reads the
// selection of the active tab then (never before). Both open the side panel (or bring it forward)
// and leave the text for it to look up (utils/pageContext/findRequest.ts).
import type { Browser as Chrome } from 'wxt/browser';
import type { SidedeskDb } from '@/utils/db';
import { onLanguageChange, t } from '@/utils/i18n';
import { messenger } from '@/utils/messaging/protocol';
import { requestFind } from '@/utils/pageContext/findRequest';
import { pageContextSettings } from '@/utils/pageContext/pageContextSettings';
import type { Browser } from './types';

export const FIND_MENU_ID = 'sidedesk-find';
/** The manifest's `commands` key (wxt.config.ts). */
export const FIND_COMMAND = 'find-in-sidedesk';

type Tab = Chrome.tabs.Tab;
export type FindHandler = (selectionText: string | undefined, tab: Tab | undefined) => Promise<void>;

export function createFindHandler(deps: { db: SidedeskDb; browser: Browser; now: () => number }): FindHandler {
  const { browser } = deps;
  return async (selectionText, tab) => {
    // Before any await: Chrome lets the panel open only in the turn of the user's gesture.
    // Without a gesture it refuses, sometimes synchronously: a panel already open still hears below.
    try {
      if (tab?.windowId !== undefined) void browser.sidePanel?.open({ windowId: tab.windowId }).catch(() => undefined);
    } catch {
      // Not opened; the request still waits in storage for the next panel.
    }
    let text = selectionText;
    // The shortcut carries no selection: ask the page for it, now, and only if the admin allows it.
    if (text === undefined && tab?.id !== undefined && (await pageContextSettings(deps.db)).enabled) {
      text = await messenger
        .sendMessage('readSelection', undefined, { tabId: tab.id, frameId: 0 })
        .then((r) => r.text)
        .catch(() => '');
    }
    await requestFind(text ?? '', deps.now(), browser.storage.local);
  };
}

export function listenForFind(browser: Browser, find: FindHandler, signal: AbortSignal): void {
  // Re-created on every start (menus persist, but a title in the agent's language may have changed).
  void browser.contextMenus
    ?.removeAll()
    .then(() =>
      browser.contextMenus.create({ id: FIND_MENU_ID, title: t.pageContext.menuTitle, contexts: ['selection'] }),
    )
    .catch(() => undefined);
  // The agent's language arrives after the first turn (utils/i18n/languageSync.ts): retitle then.
  const stopRetitling = onLanguageChange(
    () => void browser.contextMenus?.update(FIND_MENU_ID, { title: t.pageContext.menuTitle }).catch(() => undefined),
  );
  const onMenu = (info: Chrome.contextMenus.OnClickData, tab?: Tab) => {
    if (info.menuItemId === FIND_MENU_ID) void find(info.selectionText, tab);
  };
  const onCommand = (command: string, tab?: Tab) => {
    if (command === FIND_COMMAND) void find(undefined, tab);
  };
  browser.contextMenus?.onClicked.addListener(onMenu);
  browser.commands?.onCommand.addListener(onCommand);
  // The native menu cannot be clicked in a headless browser: end-to-end tests call the same handler.
  (globalThis as { sidedeskFind?: FindHandler }).sidedeskFind = find;
  signal.addEventListener(
    'abort',
    () => {
      stopRetitling();
      browser.contextMenus?.onClicked.removeListener(onMenu);
      browser.commands?.onCommand.removeListener(onCommand);
    },
    { once: true },
  );
}

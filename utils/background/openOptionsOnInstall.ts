import type { Browser } from './types';

/**
 * A fresh install opens the options page, where one connects to a server: the first thing a new
 * user must do, and what `npm start`'s banner promises. Updates and restarts open nothing. A new
 * tab, not `openOptionsPage()`: that one reloads an options tab already open, losing what is typed.
 */
export function openOptionsOnInstall(browser: {
  runtime: Pick<Browser['runtime'], 'onInstalled' | 'getURL'>;
  tabs: Pick<Browser['tabs'], 'create'>;
}) {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html') }).catch(() => undefined);
  });
}

import type { Browser } from './types';

/**
 * A fresh install opens the options page, where one connects to a server: the first thing a new
 * user must do, and what `npm start`'s banner promises. Updates and restarts open nothing.
 */
export function openOptionsOnInstall(runtime: Pick<Browser['runtime'], 'onInstalled' | 'openOptionsPage'>) {
  runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void runtime.openOptionsPage().catch(() => undefined);
  });
}

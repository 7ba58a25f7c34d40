import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOptionsOnInstall } from './openOptionsOnInstall';

describe('the options page on install', () => {
  it('opens in a new tab on a fresh install only, not on an update or a browser update', async () => {
    fakeBrowser.reset();
    openOptionsOnInstall(fakeBrowser);
    const optionsTabs = async () =>
      (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/options.html')).length;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(await optionsTabs()).toBe(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await optionsTabs()).toBe(1);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOptionsOnInstall } from './openOptionsOnInstall';

describe('the options page on install', () => {
  it('opens on a fresh install only, not on an update or a browser update (chrome_update)', async () => {
    fakeBrowser.reset();
    const openOptionsPage = vi.fn(async () => undefined);
    openOptionsOnInstall({ onInstalled: fakeBrowser.runtime.onInstalled, openOptionsPage });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(openOptionsPage).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});

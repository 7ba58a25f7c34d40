import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openOptionsOnInstall } from './openOptionsOnInstall';

describe('the options page on install', () => {
  it('opens on a fresh install only, not on an update or a browser update', async () => {
    fakeBrowser.reset();
    const openOptionsPage = vi.fn(async () => undefined);
    openOptionsOnInstall({ onInstalled: fakeBrowser.runtime.onInstalled, openOptionsPage });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(openOptionsPage).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(openOptionsPage).toHaveBeenCalledTimes(1);
  });
});

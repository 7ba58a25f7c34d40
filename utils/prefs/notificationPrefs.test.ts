import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_NOTIFICATION_PREFS,
  getNotificationPrefs,
  NOTIFICATION_PREFS_KEY,
  setNotificationPrefs,
} from './notificationPrefs';

describe('notification prefs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults both switches to on', async () => {
    expect(await getNotificationPrefs(fakeBrowser.storage.local)).toEqual(DEFAULT_NOTIFICATION_PREFS);
  });

  it('sets one switch and keeps the other', async () => {
    await setNotificationPrefs({ newConversations: false }, fakeBrowser.storage.local);
    expect(await getNotificationPrefs(fakeBrowser.storage.local)).toEqual({
      newConversations: false,
      myConversationMessages: true,
    });
    await setNotificationPrefs({ myConversationMessages: false }, fakeBrowser.storage.local);
    expect(await getNotificationPrefs(fakeBrowser.storage.local)).toEqual({
      newConversations: false,
      myConversationMessages: false,
    });
  });

  it('ignores a malformed stored value', async () => {
    await fakeBrowser.storage.local.set({ [NOTIFICATION_PREFS_KEY]: { newConversations: 'no' } });
    expect(await getNotificationPrefs(fakeBrowser.storage.local)).toEqual(DEFAULT_NOTIFICATION_PREFS);
  });
});

// Per-agent notification switches, chosen on the options page and read by the background when it
// decides whether to notify. Kept in browser.storage.local (a device preference, not synced).
import { browser } from 'wxt/browser';

export interface NotificationPrefs {
  /** Notify when a new conversation lands in New. */
  newConversations: boolean;
  /** Notify when a customer writes in a conversation assigned to me. */
  myConversationMessages: boolean;
}

export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = {
  newConversations: true,
  myConversationMessages: true,
};

export const NOTIFICATION_PREFS_KEY = 'sidedesk.notificationPrefs';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** The stored switches, each defaulting to on when never set. */
export async function getNotificationPrefs(storage: StorageArea = browser.storage.local): Promise<NotificationPrefs> {
  const got = await storage.get(NOTIFICATION_PREFS_KEY);
  const stored = (got[NOTIFICATION_PREFS_KEY] ?? {}) as Partial<NotificationPrefs>;
  return {
    newConversations:
      typeof stored.newConversations === 'boolean'
        ? stored.newConversations
        : DEFAULT_NOTIFICATION_PREFS.newConversations,
    myConversationMessages:
      typeof stored.myConversationMessages === 'boolean'
        ? stored.myConversationMessages
        : DEFAULT_NOTIFICATION_PREFS.myConversationMessages,
  };
}

/** Changes some switches and keeps the others; returns the full result. */
export async function setNotificationPrefs(
  patch: Partial<NotificationPrefs>,
  storage: StorageArea = browser.storage.local,
): Promise<NotificationPrefs> {
  const next = { ...(await getNotificationPrefs(storage)), ...patch };
  await storage.set({ [NOTIFICATION_PREFS_KEY]: next });
  return next;
}

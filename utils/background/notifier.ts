import type { Conversation } from '@/core/model';
import type { SidedeskDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Arrival } from '@/utils/notifications/arrivals';
import { requestOpen } from '@/utils/notifications/openRequest';
import { conversationIdOf, planNotifications } from '@/utils/notifications/planNotifications';
import { getNotificationPrefs } from '@/utils/prefs/notificationPrefs';
import type { Browser } from './types';

interface NotifierDeps {
  db: SidedeskDb;
  browser: Browser;
  /** Whether a side panel is connected right now (its keep-alive port). */
  panelVisible: () => boolean;
  now: () => number;
}

/** Desktop notifications for arrivals after each committed batch, and their clicks. */
export function createNotifier({ db, browser, panelVisible, now }: NotifierDeps) {
  // sidePanel.open must run inside the click's user gesture, before any await: keep the window at hand.
  let lastWindowId: number | undefined;

  async function notify(arrivals: readonly Arrival[]): Promise<void> {
    if (arrivals.length === 0 || panelVisible() || !browser.notifications) return;
    const me = await db.session.get('me');
    const ids = [...new Set(arrivals.map((a) => a.conversationId))];
    const found = await db.conversations.bulkGet(ids);
    const conversations = new Map(found.filter((c): c is Conversation => c !== undefined).map((c) => [c.id, c]));
    const planned = planNotifications(arrivals, {
      meId: me?.agent.id ?? null,
      prefs: await getNotificationPrefs(),
      panelVisible: panelVisible(),
      conversations,
      strings: t,
    });
    for (const n of planned) {
      await browser.notifications
        .create(n.notificationId, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: n.title,
          message: n.message,
        })
        .catch(() => undefined);
    }
  }

  function onClicked(notificationId: string) {
    const conversationId = conversationIdOf(notificationId);
    if (!conversationId) return;
    // A notification click counts as a user gesture in recent Chrome: open the panel first, then
    // leave the conversation for it to pick up (it may still be loading).
    if (lastWindowId !== undefined) void browser.sidePanel?.open({ windowId: lastWindowId }).catch(() => undefined);
    void requestOpen(conversationId, now());
    if (lastWindowId !== undefined)
      void browser.windows?.update(lastWindowId, { focused: true }).catch(() => undefined);
    void browser.notifications.clear(notificationId).catch(() => undefined);
  }

  function listen(signal: AbortSignal) {
    const onFocus = (windowId: number) => {
      if (windowId !== browser.windows.WINDOW_ID_NONE) lastWindowId = windowId;
    };
    browser.windows?.onFocusChanged.addListener(onFocus);
    try {
      void browser.windows
        ?.getLastFocused()
        .then((w) => (lastWindowId ??= w.id))
        .catch(() => undefined);
    } catch {
      // No windows API here (a test's fake browser): clicks then only leave the open request.
    }
    browser.notifications?.onClicked.addListener(onClicked);
    signal.addEventListener(
      'abort',
      () => {
        browser.windows?.onFocusChanged.removeListener(onFocus);
        browser.notifications?.onClicked.removeListener(onClicked);
      },
      { once: true },
    );
  }

  return { notify, listen, onClicked };
}

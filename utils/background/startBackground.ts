import { createHandlers, registerHandlers } from '@/utils/messaging/handlers';
import { createOutboxRunner } from '@/utils/outbox';
import { sleep, type SyncDeps } from '@/utils/sync';
import { listenForSyncAlarm } from './alarms';
import { listenForOnline } from './connectivity';
import { pruneOldConversations } from '@/utils/horizon/pruneOldConversations';
import { createAiApiProvider } from './aiApiProvider';
import { createApiProvider } from './apiProvider';
import { createAuth } from './auth';
import { createNotifier } from './notifier';
import { startLanguageSync } from '@/utils/i18n/languageSync';
import { refreshBadge } from './badge';
import { openOptionsOnInstall } from './openOptionsOnInstall';
import { listenForPanels } from './panelPorts';
import { createSyncController } from './syncController';
import { createFindHandler, listenForFind } from './findInSidedesk';
import type { BackgroundDeps } from './types';

/**
 * Wires the background: every listener is registered synchronously (MV3 only delivers events to
 * listeners added in the first turn of the worker) and removed when `signal` aborts.
 */
export function startBackground(deps: BackgroundDeps, signal: AbortSignal) {
  const { db, browser } = deps;
  const getApi = createApiProvider(deps.session, deps.fetch);
  const badge = () => refreshBadge(db, browser.action, deps.now()).catch(() => 0);
  const auth = createAuth(deps);
  const syncDeps: SyncDeps = {
    db,
    getApi,
    onSignedOut: auth.onTokenRejected,
    onApplied: badge,
    onArrivals: (arrivals) => notifier.notify(arrivals),
    // The server answers again: queued replies leave now, not when their backoff ends.
    onReconnected: () => outbox.flush(),
    now: deps.now,
    random: deps.random,
    sleep,
    isOnline: deps.isOnline,
  };
  const sync = createSyncController(syncDeps);
  const notifier = createNotifier({ db, browser, panelVisible: () => sync.panelCount > 0, now: deps.now });
  notifier.listen(signal);
  void startLanguageSync(signal);
  const outbox = createOutboxRunner({ db, getApi, now: deps.now, random: deps.random, signal });
  signal.addEventListener('abort', () => sync.stop(), { once: true });

  const handlers = createHandlers({
    db,
    auth,
    sync,
    outbox,
    getApi,
    getAi: createAiApiProvider(deps.session, deps.fetch),
    refreshBadge: badge,
    tabs: browser.tabs,
    now: deps.now,
    uuid: deps.uuid,
  });
  registerHandlers(handlers, signal);
  listenForPanels(browser.runtime, sync, signal);
  listenForOnline(
    deps.onlineEvents,
    () => {
      sync.nudge();
      void outbox.flush();
    },
    signal,
  );
  openOptionsOnInstall(browser);
  listenForFind(browser, createFindHandler({ db, browser, now: deps.now }), signal);
  listenForSyncAlarm(
    browser.alarms,
    () => {
      void sync.pullNow();
      void outbox.kick();
      // The 30-day horizon: cheap (an index range), so every tick.
      void pruneOldConversations(db, deps.now()).catch(() => undefined);
    },
    signal,
  );

  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  void badge();
  void outbox.kick();
  return { handlers, sync, outbox };
}

import { runSyncLoop, syncRound, type SyncDeps } from '@/utils/sync';

/**
 * Decides how the worker syncs: a long-poll loop while at least one Sidedesk view (side panel or
 * options page) is connected (its pings keep the worker alive), otherwise a short pull on each
 * alarm tick. Holds only ephemeral
 * state (open ports, the running loop): after a worker restart the panel reconnects and the
 * alarm fires again, and the cursor itself lives in Dexie.
 */
export function createSyncController(base: SyncDeps) {
  /** The backoff sleep in progress: nudge() ends it (the browser came back online). */
  let nap: AbortController | null = null;
  const deps: SyncDeps = {
    ...base,
    sleep: (ms, signal) => {
      const current = new AbortController();
      nap = current;
      const both = signal ? AbortSignal.any([signal, current.signal]) : current.signal;
      return base.sleep(ms, both).finally(() => {
        if (nap === current) nap = null;
      });
    },
  };
  let panels = 0;
  /** Other open views that show live data (the options page: campaign progress, admin lists). */
  let otherViews = 0;
  let loop: AbortController | null = null;
  let shortRound: Promise<unknown> | null = null;

  function startLoop() {
    if (loop) return;
    const controller = new AbortController();
    loop = controller;
    void runSyncLoop(deps, { signal: controller.signal }).finally(() => {
      if (loop === controller) loop = null;
    });
  }

  function stopLoop() {
    loop?.abort();
    loop = null;
  }

  return {
    panelConnected() {
      panels += 1;
      startLoop();
    },
    panelDisconnected() {
      panels = Math.max(0, panels - 1);
      if (panels + otherViews === 0) stopLoop();
    },
    viewConnected() {
      otherViews += 1;
      startLoop();
    },
    viewDisconnected() {
      otherViews = Math.max(0, otherViews - 1);
      if (panels + otherViews === 0) stopLoop();
    },
    /** Side panels connected now (each holds a keep-alive port). */
    get panelCount() {
      return panels;
    },
    get longPolling() {
      return loop !== null;
    },
    /** One short pull, unless the long-poll loop already keeps the copy fresh. */
    async pullNow(): Promise<void> {
      if (loop) return;
      shortRound ??= syncRound(deps, { wait: 0 }).finally(() => {
        shortRound = null;
      });
      await shortRound;
    },
    /** Try now rather than after the backoff (the browser says it is online again). */
    nudge() {
      if (loop) nap?.abort();
      else void this.pullNow();
    },
    /** After sign-in: start over with the new session. */
    restart() {
      stopLoop();
      if (panels + otherViews > 0) startLoop();
      else void this.pullNow();
    },
    stop: stopLoop,
  };
}

export type SyncController = ReturnType<typeof createSyncController>;

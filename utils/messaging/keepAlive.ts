import { browser } from 'wxt/browser';
import { PANEL_PORT_NAME } from './protocol';

/** MV3 kills an idle worker after ~30 s; an open port alone does not count, traffic does. */
export const PING_INTERVAL_MS = 20_000;
const RECONNECT_MS = 1_000;

/**
 * Side panel (or options page) half: holds a port to the background while the panel lives, pinging it so the worker
 * stays alive and keeps long-polling. Reconnects if the worker restarts (e.g. extension update).
 */
export function keepWorkerAlive(signal: AbortSignal, runtime = browser.runtime, portName = PANEL_PORT_NAME): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let port: ReturnType<typeof runtime.connect> | undefined;

  const connect = () => {
    if (signal.aborted) return;
    port = runtime.connect({ name: portName });
    timer = setInterval(() => port?.postMessage({ type: 'ping' }), PING_INTERVAL_MS);
    port.onDisconnect.addListener(() => {
      clearInterval(timer);
      port = undefined;
      setTimeout(connect, RECONNECT_MS);
    });
  };

  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      port?.disconnect();
    },
    { once: true },
  );
  connect();
}

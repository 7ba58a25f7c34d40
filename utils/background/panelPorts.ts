import { PANEL_PORT_NAME, VIEW_PORT_NAME } from '@/utils/messaging/protocol';
import type { SyncController } from './syncController';
import type { Browser as Chrome } from 'wxt/browser';
import type { Browser } from './types';

/** Counts side panels and other live views by their keep-alive ports and tells the sync controller. */
export function listenForPanels(runtime: Browser['runtime'], controller: SyncController, signal: AbortSignal): void {
  const onConnect = (port: Chrome.runtime.Port) => {
    if (port.name === PANEL_PORT_NAME) {
      controller.panelConnected();
      port.onDisconnect.addListener(() => controller.panelDisconnected());
    } else if (port.name === VIEW_PORT_NAME) {
      controller.viewConnected();
      port.onDisconnect.addListener(() => controller.viewDisconnected());
    }
  };
  runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => runtime.onConnect.removeListener(onConnect), { once: true });
}

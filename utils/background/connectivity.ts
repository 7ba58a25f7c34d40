/** Where `online` fires: the worker's global scope in the extension, any EventTarget in tests. */
export type OnlineEvents = Pick<EventTarget, 'addEventListener'>;

/** Calls `onOnline` each time the browser regains a network, until `signal` aborts. */
export function listenForOnline(target: OnlineEvents | undefined, onOnline: () => void, signal: AbortSignal): void {
  target?.addEventListener('online', onOnline, { signal });
}

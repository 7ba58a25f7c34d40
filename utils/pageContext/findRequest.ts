// "Find in Sidedesk" (menu entry or shortcut) asks the side panel to look up a selection. The panel
// may be opening on the same click, so the request waits in storage until a panel takes it (like a
// notification's open request, utils/notifications/openRequest.ts).
import { browser } from 'wxt/browser';

export const FIND_REQUEST_KEY = 'sidedesk.findRequest';
/** A request older than this is stale: the agent has moved on. */
export const FIND_REQUEST_TTL_MS = 2 * 60_000;

export interface FindRequest {
  text: string;
  at: number;
}

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export async function requestFind(
  text: string,
  now: number = Date.now(),
  storage: StorageArea = browser.storage.local,
): Promise<void> {
  await storage.set({ [FIND_REQUEST_KEY]: { text, at: now } satisfies FindRequest });
}

/** The waiting request (consumed: a second panel does not repeat it), or null. */
export async function takeFindRequest(
  now: number = Date.now(),
  storage: StorageArea = browser.storage.local,
): Promise<FindRequest | null> {
  const got = await storage.get(FIND_REQUEST_KEY);
  const request = got[FIND_REQUEST_KEY] as FindRequest | undefined;
  if (!request) return null;
  await storage.remove(FIND_REQUEST_KEY);
  return now - request.at <= FIND_REQUEST_TTL_MS ? request : null;
}

export function watchFindRequests(onRequest: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[FIND_REQUEST_KEY]?.newValue) onRequest();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

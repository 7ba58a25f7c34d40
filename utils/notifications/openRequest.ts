// A notification click asks the side panel to open a conversation. The panel may not be running yet
// (Chrome opens it on the click, then it loads), so the request waits in storage until a panel takes it.
import { browser } from 'wxt/browser';

export const OPEN_REQUEST_KEY = 'sidedesk.openRequest';
/** A request older than this is stale: the agent has moved on. */
export const OPEN_REQUEST_TTL_MS = 2 * 60_000;

interface OpenRequest {
  conversationId: string;
  at: number;
}

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export async function requestOpen(
  conversationId: string,
  now: number = Date.now(),
  storage: StorageArea = browser.storage.local,
): Promise<void> {
  await storage.set({ [OPEN_REQUEST_KEY]: { conversationId, at: now } satisfies OpenRequest });
}

/** The waiting request's conversation (consumed: a second panel does not open it again), or null. */
export async function takeOpenRequest(
  now: number = Date.now(),
  storage: StorageArea = browser.storage.local,
): Promise<string | null> {
  const got = await storage.get(OPEN_REQUEST_KEY);
  const request = got[OPEN_REQUEST_KEY] as OpenRequest | undefined;
  if (!request) return null;
  await storage.remove(OPEN_REQUEST_KEY);
  return now - request.at <= OPEN_REQUEST_TTL_MS ? request.conversationId : null;
}

export function watchOpenRequests(onRequest: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[OPEN_REQUEST_KEY]?.newValue) onRequest();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

import { createApiClient, type ApiClient } from '@/utils/api';
import type { SessionStore } from '@/utils/session/sessionStore';

/** Builds a client from storage on every call: the worker may have restarted since sign-in. */
export function createApiProvider(session: SessionStore, fetch: typeof globalThis.fetch) {
  return async (): Promise<ApiClient | null> => {
    const s = await session.get();
    return s ? createApiClient({ baseUrl: s.serverUrl, token: s.token, fetch }) : null;
  };
}

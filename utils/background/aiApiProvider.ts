import { createAiClient, type AiClient } from '@/utils/api/aiClient';
import type { SessionStore } from '@/utils/session/sessionStore';

/** Like createApiProvider, for the AI client: rebuilt from storage on every call. */
export function createAiApiProvider(session: SessionStore, fetch: typeof globalThis.fetch) {
  return async (): Promise<AiClient | null> => {
    const s = await session.get();
    return s ? createAiClient({ baseUrl: s.serverUrl, token: s.token, fetch }) : null;
  };
}

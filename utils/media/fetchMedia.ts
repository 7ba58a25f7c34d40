// A customer's file for the panel: fetched from GET /v1/media/:id with the bearer token in the
// Authorization header (never in a URL), kept as a Blob the UI shows through an object URL.
// Recent files are remembered so scrolling the virtualized thread does not fetch them again.
import { createSessionStore, type SessionStore } from '@/utils/session/sessionStore';

const CACHE_LIMIT = 40;
const cache = new Map<string, Promise<Blob>>();

export class MediaFetchError extends Error {
  constructor(readonly status: number) {
    super(`GET /v1/media answered ${status}`);
    this.name = 'MediaFetchError';
  }
}

export function fetchMedia(id: string, deps: { sessions?: SessionStore; fetch?: typeof fetch } = {}): Promise<Blob> {
  const hit = cache.get(id);
  if (hit) return hit;
  const pending = load(
    id,
    deps.sessions ?? createSessionStore(),
    deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  );
  cache.set(id, pending);
  // A failure is not remembered: the next render may try again.
  pending.catch(() => cache.delete(id));
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return pending;
}

async function load(id: string, sessions: SessionStore, doFetch: typeof fetch): Promise<Blob> {
  const session = await sessions.get();
  if (!session) throw new MediaFetchError(401);
  const response = await doFetch(`${session.serverUrl}/v1/media/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  if (!response.ok) throw new MediaFetchError(response.status);
  return response.blob();
}

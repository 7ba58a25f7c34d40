// A customer's file, GET /v1/media/:id with the bearer token in the header (never in a URL).
import type { Requester } from './request';

/** Files go up to 25 MB: more time than a JSON answer needs. */
export const MEDIA_TIMEOUT_MS = 60_000;

export function createMediaClient(request: Requester) {
  return {
    media: (mediaId: string) =>
      request.blob(`/v1/media/${encodeURIComponent(mediaId)}`, { timeoutMs: MEDIA_TIMEOUT_MS }),
  };
}

// A customer's file, GET /v1/media/:id with the bearer token in the header (never in a URL).
import { z } from 'zod';
import type { Requester } from './request';

/** Files go up to 25 MB: more time than a JSON answer needs. */
export const MEDIA_TIMEOUT_MS = 60_000;

export function createMediaClient(request: Requester) {
  return {
    media: (mediaId: string) =>
      request.blob(`/v1/media/${encodeURIComponent(mediaId)}`, { timeoutMs: MEDIA_TIMEOUT_MS }),
    /** A file that could not be downloaded: the server starts over; the message syncs when done. */
    retryMedia: (mediaId: string) =>
      request.json(z.object({ restarted: z.boolean() }), `/v1/media/${encodeURIComponent(mediaId)}/retry`, {
        method: 'POST',
        body: {},
      }),
  };
}

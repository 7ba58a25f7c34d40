// A customer's file, GET /v1/media/:id with the bearer token in the header (never in a URL).
import type { Requester } from './request';

export function createMediaClient(request: Requester) {
  return {
    media: (mediaId: string) => request.blob(`/v1/media/${encodeURIComponent(mediaId)}`),
  };
}

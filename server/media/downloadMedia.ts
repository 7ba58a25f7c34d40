// Fetches one customer file from Meta. WhatsApp: GET {graphUrl}/{media-id} with the token gives a
// short-lived URL, fetched with the token too (PLATFORM.md §2.4). Messenger/Instagram: the
// attachment's CDN URL is already signed; our token is NOT sent there (it is a third-party host).
// Every URL fetched, redirects included, passes the media URL policy first (mediaUrlPolicy.ts).
import type { ChannelConfig } from '../channels/types';
import type { MediaJob } from '../store/repos/media';
import { MediaDownloadError } from './mediaDownloadError';
import { checkMediaUrl, type MediaUrlPolicy } from './mediaUrlPolicy';

export { MediaDownloadError };

/** The largest file we keep (Meta's own limits for what agents receive are 16–100 MB). */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;
const TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 3;

export async function downloadMedia(
  channel: ChannelConfig,
  job: Pick<MediaJob, 'source_type' | 'source' | 'mime_type'>,
  fetchImpl: typeof fetch,
  policy: MediaUrlPolicy,
): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const auth = { authorization: `Bearer ${channel.accessToken}` };
  if (job.source_type === 'url') return fetchBytes(job.source, {}, job.mime_type, fetchImpl, policy);

  const lookup = await fetchImpl(`${channel.graphUrl.replace(/\/+$/, '')}/${encodeURIComponent(job.source)}`, {
    headers: auth,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = (await lookup.json().catch(() => null)) as { url?: unknown; mime_type?: unknown } | null;
  if (!lookup.ok || typeof body?.url !== 'string') {
    throw new MediaDownloadError(
      `Media lookup answered HTTP ${lookup.status}${body && 'error' in body ? `: ${JSON.stringify(body.error)}` : ''}`,
    );
  }
  const fallback = typeof body.mime_type === 'string' ? body.mime_type : job.mime_type;
  return fetchBytes(body.url, auth, fallback, fetchImpl, policy);
}

async function fetchBytes(
  url: string,
  headers: Record<string, string>,
  fallbackType: string,
  fetchImpl: typeof fetch,
  policy: MediaUrlPolicy,
) {
  const response = await fetchChecked(url, headers, fetchImpl, policy);
  if (!response.ok) throw new MediaDownloadError(`Media download answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_MEDIA_BYTES) throw new MediaDownloadError(`File too large (${declared} bytes)`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_MEDIA_BYTES) throw new MediaDownloadError(`File too large (${bytes.byteLength} bytes)`);
  // A CDN's generic type says less than the platform's own (e.g. "audio/ogg; codecs=opus").
  const type = response.headers.get('content-type')?.trim();
  const mimeType = type && type !== 'application/octet-stream' ? type : fallbackType;
  return { bytes, mimeType };
}

/** Follows redirects itself, so each hop is checked; the token never follows one to another origin. */
async function fetchChecked(
  url: string,
  headers: Record<string, string>,
  fetchImpl: typeof fetch,
  policy: MediaUrlPolicy,
) {
  let current = url;
  let sent = headers;
  for (let hop = 0; ; hop++) {
    await checkMediaUrl(current, policy);
    const response = await fetchImpl(current, {
      headers: sent,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    if (hop === MAX_REDIRECTS) throw new MediaDownloadError('Too many redirects.');
    const next = new URL(location, current);
    if (next.origin !== new URL(current).origin) sent = {};
    current = next.toString();
  }
}

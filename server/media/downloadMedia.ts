// Fetches one customer file from Meta. WhatsApp: GET {graphUrl}/{media-id} with the token gives a
// short-lived URL, fetched with the token too (PLATFORM.md §2.4). Messenger/Instagram: the
// attachment's CDN URL is already signed; our token is NOT sent there (it is a third-party host).
import type { ChannelConfig } from '../channels/types';
import type { MediaJob } from '../store/repos/media';

/** The largest file we keep (Meta's own limits for what agents receive are 16–100 MB). */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export class MediaDownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MediaDownloadError';
  }
}

export async function downloadMedia(
  channel: ChannelConfig,
  job: Pick<MediaJob, 'source_type' | 'source' | 'mime_type'>,
  fetchImpl: typeof fetch,
): Promise<{ bytes: Uint8Array; mimeType: string }> {
  const auth = { authorization: `Bearer ${channel.accessToken}` };
  if (job.source_type === 'url') return fetchBytes(job.source, {}, job.mime_type, fetchImpl);

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
  return fetchBytes(body.url, auth, fallback, fetchImpl);
}

async function fetchBytes(url: string, headers: Record<string, string>, fallbackType: string, fetchImpl: typeof fetch) {
  const response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
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

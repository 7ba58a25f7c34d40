// A customer's file for the panel, as a Blob the UI shows through an object URL. The background
// fetches it with the session it holds (the page never reads the token) and hands the bytes over.
// Recent files are remembered so scrolling the virtualized thread does not fetch them again.
import { sendMessage, type MediaPayload } from '@/utils/messaging/protocol';
import { base64ToBytes } from './base64';

const CACHE_LIMIT = 40;
const cache = new Map<string, Promise<Blob>>();

export type AskForMedia = (mediaId: string) => Promise<MediaPayload>;

const askBackground: AskForMedia = (mediaId) => sendMessage('fetchMedia', { mediaId });

export function fetchMedia(id: string, ask: AskForMedia = askBackground): Promise<Blob> {
  const hit = cache.get(id);
  if (hit) return hit;
  const pending = ask(id).then(({ type, base64 }) => new Blob([base64ToBytes(base64)], { type }));
  cache.set(id, pending);
  // A failure is not remembered: the next render may try again.
  pending.catch(() => cache.delete(id));
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return pending;
}

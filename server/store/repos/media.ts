// Customers' files: a pending row per file at ingest, claimed and filled by the background
// downloader, read by GET /v1/media/:id.
import { randomUUID } from 'node:crypto';
import type { MediaRef, Message } from '../../../core/model';
import type { InboundMedia } from '../../channels/types';
import type { Queryable } from '../db';

/** After this many failed downloads a file is given up on. */
export const MAX_MEDIA_ATTEMPTS = 5;
/** A claim older than this is taken to be a worker that died. */
export const MEDIA_LEASE_MS = 60_000;

/** The MediaRef the message carries from the start: our id, not ready yet. */
export function newMediaRef(media: InboundMedia): MediaRef {
  return { id: randomUUID(), mimeType: media.mimeType, filename: media.filename, voice: media.voice, ready: false };
}

export async function insertPendingMedia(
  q: Queryable,
  ref: MediaRef,
  media: InboundMedia,
  message: Pick<Message, 'id' | 'conversationId'>,
  channelId: string,
  now: number,
): Promise<void> {
  const source = media.source.type === 'url' ? media.source.url : media.source.id;
  await q.query(
    `INSERT INTO media (id, channel_id, message_id, conversation_id, source_type, source, mime_type, filename, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [ref.id, channelId, message.id, message.conversationId, media.source.type, source, ref.mimeType, ref.filename, now],
  );
}

export interface MediaJob {
  id: string;
  channel_id: string;
  message_id: string;
  conversation_id: string;
  source_type: InboundMedia['source']['type'];
  source: string;
  mime_type: string;
  attempts: number;
}

/** Claims one pending download no other worker holds; null when there is none. */
export async function claimMediaJob(q: Queryable, now: number): Promise<MediaJob | null> {
  const [row] = await q.query<MediaJob>(
    `UPDATE media SET claimed_at = $1, attempts = attempts + 1
      WHERE id = (SELECT id FROM media WHERE status = 'pending' AND claimed_at < $2
                  ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, channel_id, message_id, conversation_id, source_type, source, mime_type, attempts`,
    [now, now - MEDIA_LEASE_MS],
  );
  return row ?? null;
}

/** Stores the bytes and flips the message's MediaRef to ready (with the real content type). */
export async function completeMedia(
  q: Queryable,
  job: MediaJob,
  file: { bytes: Uint8Array; mimeType: string },
): Promise<void> {
  await q.query(
    `UPDATE media SET status = 'ready', bytes = $2, size = $3, mime_type = $4, last_error = NULL WHERE id = $1`,
    [job.id, file.bytes, file.bytes.byteLength, file.mimeType],
  );
  await q.query(
    `UPDATE messages SET media = (media - 'failure') || jsonb_build_object('ready', true, 'mimeType', $2::text) WHERE id = $1`,
    [job.message_id, file.mimeType],
  );
}

/**
 * Records a failed attempt; after the last one the file is given up on. Released for a retry
 * otherwise. The message's MediaRef says so from the first failure: the panel shows "couldn't
 * download" within a minute instead of "downloading…" through every retry.
 */
export async function failMediaAttempt(q: Queryable, job: MediaJob, reason: string): Promise<boolean> {
  const givenUp = job.attempts >= MAX_MEDIA_ATTEMPTS;
  // The claim stays: the file is tried again once the lease has passed, not in a tight loop.
  await q.query(`UPDATE media SET status = $2, last_error = $3 WHERE id = $1`, [
    job.id,
    givenUp ? 'failed' : 'pending',
    reason,
  ]);
  await q.query(`UPDATE messages SET media = media || jsonb_build_object('failure', $2::text) WHERE id = $1`, [
    job.message_id,
    givenUp ? 'gave_up' : 'retrying',
  ]);
  return givenUp;
}

/** An agent's Retry: the download starts over (all attempts again, at once). Null when it is ready already. */
export async function restartMediaDownload(
  q: Queryable,
  id: string,
): Promise<{ message_id: string; conversation_id: string } | null> {
  const [row] = await q.query<{ message_id: string; conversation_id: string }>(
    `UPDATE media SET status = 'pending', attempts = 0, claimed_at = 0 WHERE id = $1 AND status <> 'ready'
     RETURNING message_id, conversation_id`,
    [id],
  );
  if (!row) return null;
  await q.query(`UPDATE messages SET media = media - 'failure' WHERE id = $1`, [row.message_id]);
  return row;
}

export interface StoredMedia {
  id: string;
  conversation_id: string;
  status: 'pending' | 'ready' | 'failed';
  mime_type: string;
  filename: string | null;
  bytes: Uint8Array | null;
}

export async function findMedia(q: Queryable, id: string): Promise<StoredMedia | null> {
  const [row] = await q.query<StoredMedia>(
    'SELECT id, conversation_id, status, mime_type, filename, bytes FROM media WHERE id = $1',
    [id],
  );
  return row ?? null;
}

// Status webhooks can beat the send's own response: Meta may report "sent" before our Graph call
// returns the message id. Those wait here until the send records the id, then apply.
import type { DeliveryStatus } from '../../../core/model';
import type { Queryable } from '../db';
import { nextDeliveryStatus } from '../../../core/deliveryStatus';

export interface ParkedStatus {
  status: DeliveryStatus;
  error: { code: string; message: string } | null;
}

export async function parkStatus(
  q: Queryable,
  channelId: string,
  externalId: string,
  incoming: ParkedStatus,
  now: number,
): Promise<void> {
  const [existing] = await q.query<{ status: DeliveryStatus }>(
    'SELECT status FROM parked_statuses WHERE channel_id = $1 AND external_id = $2 FOR UPDATE',
    [channelId, externalId],
  );
  const status = nextDeliveryStatus(existing?.status ?? null, incoming.status);
  if (existing && status === existing.status) return;
  const error = status === 'failed' ? incoming.error : null;
  await q.query(
    `INSERT INTO parked_statuses (channel_id, external_id, status, error_code, error_message, received_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (channel_id, external_id) DO UPDATE
       SET status = excluded.status, error_code = excluded.error_code, error_message = excluded.error_message`,
    [channelId, externalId, status, error?.code ?? null, error?.message ?? null, now],
  );
}

/** Removes and returns what was parked for this platform id. */
export async function takeParkedStatus(
  q: Queryable,
  channelId: string,
  externalId: string,
): Promise<ParkedStatus | null> {
  const [row] = await q.query<{ status: DeliveryStatus; error_code: string | null; error_message: string | null }>(
    'DELETE FROM parked_statuses WHERE channel_id = $1 AND external_id = $2 RETURNING status, error_code, error_message',
    [channelId, externalId],
  );
  if (!row) return null;
  return {
    status: row.status,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
  };
}

/**
 * Serialises "park a status" and "record the send's platform id" for one message, so neither can
 * miss the other under READ COMMITTED: whichever comes second sees what the first committed.
 * (The two-key form lives apart from the change feed's one-key lock.)
 */
export async function lockExternalId(q: Queryable, channelId: string, externalId: string): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(7310, hashtext($1))', [`${channelId}:${externalId}`]);
}

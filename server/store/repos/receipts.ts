// Messenger / Instagram receipts are watermarks, not one status per message: "every message sent
// before this time was delivered (or read)". One statement upgrades all of ours it covers.
import type { DeliveryStatus } from '../../../core/model';
import type { Queryable } from '../db';

export interface Receipt {
  channelId: string;
  contactExternalId: string;
  status: DeliveryStatus;
  /** The statuses `status` may replace (core/deliveryStatus.ts decides which). */
  replaces: DeliveryStatus[];
  /** Our messages created at or before it (ms). */
  watermark: number | null;
  /** Our messages up to and including each of these (by storage order, in its conversation). */
  mids: string[];
}

/**
 * Only messages Meta accepted (they have its id) and only those to this customer. Rows are locked
 * in id order first, so concurrent receipts and status webhooks never deadlock on them.
 */
export async function applyReceipt(q: Queryable, receipt: Receipt): Promise<{ id: string; conversation_id: string }[]> {
  if (receipt.replaces.length === 0) return [];
  const rows = await q.query<{ id: string; conversation_id: string }>(
    `SELECT m.id, m.conversation_id FROM messages m
       JOIN conversations cv ON cv.id = m.conversation_id
       JOIN contacts ct ON ct.id = cv.contact_id
      WHERE ct.channel_id = $1 AND ct.external_id = $2 AND m.channel_id = $1
        AND m.author <> 'customer' AND m.external_id IS NOT NULL AND m.status = ANY($3::text[])
        AND (m.created_at <= $4::bigint
             OR m.n <= (SELECT max(r.n) FROM messages r WHERE r.channel_id = $1 AND r.external_id = ANY($5::text[])
                          AND r.conversation_id = m.conversation_id))
      ORDER BY m.id FOR UPDATE OF m`,
    [receipt.channelId, receipt.contactExternalId, receipt.replaces, receipt.watermark, receipt.mids],
  );
  if (rows.length === 0) return [];
  await q.query(`UPDATE messages SET status = $2, error_code = NULL, error_message = NULL WHERE id = ANY($1::text[])`, [
    rows.map((r) => r.id),
    receipt.status,
  ]);
  return rows;
}

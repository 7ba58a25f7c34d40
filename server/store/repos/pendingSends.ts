// The attempt marker of an agent's send and the sweep that resolves pending messages a crash (or
// a lost process) left behind. See migration 015.
import { NOT_SENT, UNCERTAIN_SEND } from '../../../core/deliveryStatus';
import type { Queryable } from '../db';

/**
 * Records that the call to Meta is about to begin. False when the message is no longer pending or
 * already started (the sweep resolved it meanwhile): the caller must not call Meta then.
 */
export async function markSendStarted(q: Queryable, id: string, now: number): Promise<boolean> {
  const rows = await q.query(
    `UPDATE messages SET send_started_at = $2 WHERE id = $1 AND status = 'pending' AND send_started_at IS NULL RETURNING id`,
    [id, now],
  );
  return rows.length > 0;
}

export interface StaleLimits {
  /** Pending this long with no call begun: the process died before calling Meta. */
  notStartedMs: number;
  /** A call begun this long ago and never answered (longer than any send timeout). */
  startedMs: number;
}

/** A send's call times out after 15 s (postMessageToGraph); these leave a wide margin. */
export const STALE_LIMITS: StaleLimits = { notStartedMs: 60_000, startedMs: 120_000 };

export interface ResolvedSend {
  id: string;
  conversation_id: string;
  error_code: string;
}

/** Fails every stale pending message: `not_sent` (safe to retry) or `uncertain` (may have reached Meta). */
export async function resolveStaleSends(q: Queryable, now: number, limits: StaleLimits): Promise<ResolvedSend[]> {
  return q.query<ResolvedSend>(
    `UPDATE messages SET status = 'failed',
            error_code = CASE WHEN send_started_at IS NULL THEN $3 ELSE $4 END,
            error_message = CASE WHEN send_started_at IS NULL
              THEN 'Sidedesk stopped before sending this message; it never reached the customer. Retry sends it.'
              ELSE 'Sidedesk stopped while sending this message, so it may have reached the customer. Check before sending it again.' END
      WHERE status = 'pending' AND external_id IS NULL
        AND ((send_started_at IS NULL AND COALESCE(pending_since, created_at) < $1)
             OR send_started_at < $2)
      RETURNING id, conversation_id, error_code`,
    [now - limits.notStartedMs, now - limits.startedMs, NOT_SENT, UNCERTAIN_SEND],
  );
}

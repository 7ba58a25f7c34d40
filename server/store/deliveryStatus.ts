// Delivery status only moves forward (pending < sent < delivered < read); failed is terminal.
// Meta does not promise webhook order: a late "sent" after "read" must not undo the read.
import type { DeliveryStatus } from '../../core/model';

const RANK: Record<Exclude<DeliveryStatus, 'failed'>, number> = { pending: 0, sent: 1, delivered: 2, read: 3 };

/** The status after `incoming` arrives for a message at `current`. */
export function nextDeliveryStatus(current: DeliveryStatus | null, incoming: DeliveryStatus): DeliveryStatus {
  if (current === null) return incoming;
  if (current === 'failed') return 'failed';
  if (incoming === 'failed') return 'failed';
  return RANK[incoming] > RANK[current] ? incoming : current;
}

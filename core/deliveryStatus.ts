// The order delivery statuses move in, shared by the server (status webhooks) and the extension
// (copies of a message that may be older than the one it has). Meta does not promise webhook
// order, so a status only replaces one of lower rank: a late "sent" after "read" changes nothing.
//
// failed ranks above sent and below delivered. Meta may report failed after sent (the message
// could not reach the phone), so failed beats pending and sent; but delivered and read come from
// the customer's phone, so a message that has them reached the customer and never becomes failed
// (showing it failed would invite a retry that reaches them twice).
import { DeliveryStatus } from './model';

export const DELIVERY_RANK: Record<DeliveryStatus, number> = { pending: 0, sent: 1, failed: 2, delivered: 3, read: 4 };

/** The status after `incoming` arrives for a message at `current` (null: none known yet). */
export function nextDeliveryStatus(current: DeliveryStatus | null, incoming: DeliveryStatus): DeliveryStatus {
  if (current === null) return incoming;
  return DELIVERY_RANK[incoming] > DELIVERY_RANK[current] ? incoming : current;
}

/** The sent statuses `incoming` replaces (pending excluded: a message not yet sent has no receipt). */
export function statusesBelow(incoming: DeliveryStatus): DeliveryStatus[] {
  return DeliveryStatus.options.filter((s) => s !== 'pending' && nextDeliveryStatus(s, incoming) !== s);
}

/** A failed message's error code when the call to Meta may have gone through (a timeout, a crash mid-call). */
export const UNCERTAIN_SEND = 'uncertain';
/** A failed message's error code when the call to Meta never began (a crash before it): safe to resend. */
export const NOT_SENT = 'not_sent';

/** Whether a manual retry must first be confirmed: the customer may already have this message. */
export function retryNeedsCheck(message: { status: string | null; error: { code: string } | null }): boolean {
  return message.status === 'failed' && message.error?.code === UNCERTAIN_SEND;
}

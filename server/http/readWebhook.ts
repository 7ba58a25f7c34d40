// A signed webhook's bytes to events: decode, parse, clean the text PostgreSQL cannot hold, check
// the `object`, let the channel's adapter validate. Whatever fails here fails the same way on
// every redelivery, so it is an UnstorableWebhook: kept as a dead letter, never retried by Meta.
// The route runs it on arrival; an admin's replay runs it again after a fix.
import type { Channel } from '../../core/model';
import { WebhookPayloadError, type ChannelAdapter, type InboundEvent } from '../channels/types';
import { cleanParsedJson } from '../unsafeText';

/** The `object` field each channel's webhooks carry. */
export const WEBHOOK_OBJECT: Record<Channel, string> = {
  whatsapp: 'whatsapp_business_account',
  messenger: 'page',
  instagram: 'instagram',
};

export class UnstorableWebhook extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnstorableWebhook';
  }
}

export function readWebhook(channel: Channel, adapter: ChannelAdapter, raw: Uint8Array): InboundEvent[] {
  let payload: unknown;
  try {
    // A lone surrogate or NUL in a customer's text is replaced (or dropped), never refused: the
    // message matters more than one character, and Meta cannot send a fixed version.
    payload = cleanParsedJson(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)));
  } catch {
    throw new UnstorableWebhook('Webhook body is not valid UTF-8 JSON.');
  }
  const object = (payload as { object?: unknown } | null)?.object;
  if (object !== WEBHOOK_OBJECT[channel]) {
    throw new UnstorableWebhook(
      `object: expected "${WEBHOOK_OBJECT[channel]}", got ${JSON.stringify(object ?? null).slice(0, 100)}.`,
    );
  }
  try {
    return adapter.parse(payload);
  } catch (error) {
    if (error instanceof WebhookPayloadError) throw new UnstorableWebhook(error.message);
    // A parser that trips over an odd payload fails the same way next time too.
    if (error instanceof TypeError || error instanceof RangeError) throw new UnstorableWebhook(error.message);
    throw error;
  }
}

// The one small interface every messaging channel implements, and the normalized events its
// webhooks turn into. The store only ever sees these, never a platform's payload.
import type { Channel, DeliveryStatus } from '../../core/model';

/** A customer's message, normalized. `timestamp` is the platform's, in ms. */
export interface InboundMessageEvent {
  type: 'message';
  channel: Channel;
  /** Which of our numbers/pages received it: WhatsApp phone_number_id, Page id, IG account id. */
  channelExternalId: string;
  contact: { externalId: string; name: string; phone: string | null };
  /** Platform message id (wamid, mid): the idempotency key. */
  externalId: string;
  timestamp: number;
  kind: 'text' | 'unsupported';
  text: string;
  /** For 'unsupported': the platform's type name, e.g. "image", "sticker". */
  originalType: string | null;
}

/** A delivery update for one of our messages. */
export interface StatusEvent {
  type: 'status';
  channel: Channel;
  channelExternalId: string;
  externalId: string;
  status: Exclude<DeliveryStatus, 'pending'>;
  timestamp: number;
  error: { code: string; message: string } | null;
}

export type InboundEvent = InboundMessageEvent | StatusEvent;

/** A channel row as the adapters need it (channels live in the database). */
export interface ChannelConfig {
  id: string;
  kind: Channel;
  name: string;
  externalId: string;
  accessToken: string;
  /** Graph API base including the version, e.g. https://graph.facebook.com/v23.0 */
  graphUrl: string;
  simulated: boolean;
}

export type OutboundMessage = {
  kind: 'text';
  text: string;
  /** Messenger/Instagram past 24 h: send with the HUMAN_AGENT tag (core `replyWindow` decides). */
  humanAgentTag?: boolean;
};

/** Thrown by `send` when the platform refuses; the message is marked failed with this reason. */
export class ChannelSendError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ChannelSendError';
  }
}

export interface ChannelAdapter {
  kind: Channel;
  /** Turn a verified webhook body into events; throws `WebhookPayloadError` naming the bad field. */
  parse(payload: unknown): InboundEvent[];
  /** Send through the platform's API; resolves to the platform's message id. */
  send(channel: ChannelConfig, to: string, message: OutboundMessage, fetchImpl?: typeof fetch): Promise<{ externalId: string }>;
}

export class WebhookPayloadError extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'WebhookPayloadError';
  }
}

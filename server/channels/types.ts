// The one small interface every messaging channel implements, and the normalized events its
// webhooks turn into. The store only ever sees these, never a platform's payload.
import type { Channel, DeliveryStatus, FlowForm } from '../../core/model';

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
  kind: InboundKind;
  text: string;
  /** For 'unsupported': the platform's type name, e.g. "sticker"; for media, "image", "voice"... */
  originalType: string | null;
  /** For image / audio / document: where the server downloads the file from, in the background. */
  media?: InboundMedia;
  /** For kind 'location'. */
  location?: { latitude: number; longitude: number; name: string | null; address: string | null };
  /** For kind 'form': a submitted WhatsApp Flows form. */
  form?: FlowForm;
  /** A tapped WhatsApp reply button or list row: the option id we sent (the bot branches on it). */
  replyId?: string;
}

export type InboundKind = 'text' | 'image' | 'audio' | 'document' | 'location' | 'form' | 'unsupported';

/** A file a customer sent, before we have it: WhatsApp names a media id, Messenger/Instagram a CDN URL. */
export interface InboundMedia {
  source: { type: 'graph_media_id'; id: string } | { type: 'url'; url: string };
  /** The platform's type, refined from the download's Content-Type once fetched. */
  mimeType: string;
  filename: string | null;
  voice: boolean;
}

/**
 * Messenger/Instagram echo of a message the Page/IG account sent (`is_echo`): ours (matched by
 * mid) or one sent outside Sidedesk, e.g. from the Page inbox. `contact` is the recipient.
 */
export interface EchoEvent extends Omit<InboundMessageEvent, 'type'> {
  type: 'echo';
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

/**
 * Messenger/Instagram receipts (`delivery`, `read`): every message of ours to this customer sent
 * at or before `watermark` (Meta's time), and up to each message named in `mids`, reached `status`.
 */
export interface WatermarkEvent {
  type: 'watermark';
  channel: Channel;
  channelExternalId: string;
  contactExternalId: string;
  status: 'delivered' | 'read';
  /** ms; null when the receipt names messages only (Instagram's `read.mid`). */
  watermark: number | null;
  mids: string[];
}

export type InboundEvent = InboundMessageEvent | StatusEvent | EchoEvent | WatermarkEvent;

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

export type OutboundMessage =
  | {
      kind: 'text';
      text: string;
      /** Messenger/Instagram past 24 h: send with the HUMAN_AGENT tag (core `replyWindow` decides). */
      humanAgentTag?: boolean;
    }
  | OutboundTemplate
  | OutboundInteractive;

/**
 * The bot's WhatsApp interactive messages: reply buttons, a list, a Flow form. `text` is the same
 * message as plain text (a numbered menu): what other channels send and what the thread shows.
 */
export interface OutboundInteractive {
  kind: 'interactive';
  text: string;
  body: string;
  interactive:
    | { type: 'buttons'; options: { id: string; title: string }[] }
    | { type: 'list'; button: string; options: { id: string; title: string }[] }
    | { type: 'flow'; flowId: string; cta: string; flowToken: string };
  humanAgentTag?: never;
}

/** An approved WhatsApp template with its positional body parameters ({{1}}..{{n}}, in order). */
export interface OutboundTemplate {
  kind: 'template';
  name: string;
  /** Meta's language code, e.g. en_US. */
  language: string;
  params: string[];
  /** The body as the customer reads it (what the simulator's phone shows). */
  text: string;
  humanAgentTag?: never;
}

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
  send(
    channel: ChannelConfig,
    to: string,
    message: OutboundMessage,
    fetchImpl?: typeof fetch,
  ): Promise<{ externalId: string }>;
  /** The customer's display name, for channels whose webhooks carry none (Messenger, Instagram). */
  fetchProfileName?(channel: ChannelConfig, externalId: string, fetchImpl?: typeof fetch): Promise<string | null>;
}

export class WebhookPayloadError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookPayloadError';
  }
}

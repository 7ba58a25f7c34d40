// Meta's webhook endpoints, one pair per channel: GET handshake, POST events. The POST runs in the
// order STYLE.md asks for: body limit, constant-time signature over the raw bytes, validate,
// ingest (idempotent insert, done by the caller), and only then 200, so a failed commit makes
// Meta retry instead of losing the event. A signed webhook that can never be stored (a payload no
// parser accepts, data the database refuses) is acknowledged and kept as a dead letter instead:
// Meta would redeliver it for 7 days. Refusals are ApiExceptions, answered by the one handler.
import { Hono } from 'hono';
import type { Channel } from '../../core/model';
import { verifyHandshake } from '../channels/meta/verifyHandshake';
import { verifySignature } from '../channels/meta/verifySignature';
import type { ChannelAdapter, InboundEvent } from '../channels/types';
import { isPermanentStoreError } from '../deadLetters/isPermanentStoreError';
import { ApiException } from '../errors';
import { silentLog, type Log } from '../log';
import { limitBody } from './apiBodyLimit';
import { createErrorHandler } from './handleErrors';
import { readWebhook, UnstorableWebhook } from './readWebhook';

// Still exported from here: other modules (metrics) name the channels by it.
export { WEBHOOK_OBJECT } from './readWebhook';

/** Meta documents webhook payloads of up to 3 MB. */
export const WEBHOOK_MAX_BYTES = 3 * 1024 * 1024;

export interface DeadLetterEntry {
  channel: Channel;
  body: Uint8Array;
  error: string;
}

export interface WebhookDeps {
  appSecret: string;
  verifyToken: string;
  adapters: Partial<Record<Channel, ChannelAdapter>>;
  /** Stores the events (idempotently); must resolve only once they are committed. */
  ingest: (events: InboundEvent[]) => Promise<void>;
  /** Keeps a webhook that can never be stored. Without it, such a webhook is refused (400 or 500). */
  deadLetter?: (entry: DeadLetterEntry) => Promise<void>;
  log?: Log;
}

/** Routes for every channel that has an adapter, meant to be mounted at `/webhooks`. */
export function webhookRoutes(deps: WebhookDeps): Hono {
  const app = new Hono();
  // Mounted in createApp or alone (tests, the simulator): the same handler either way.
  app.onError(createErrorHandler(deps.log ?? silentLog));
  for (const [channel, adapter] of Object.entries(deps.adapters) as [Channel, ChannelAdapter | undefined][]) {
    if (adapter) mountChannel(app, channel, adapter, deps);
  }
  return app;
}

function mountChannel(app: Hono, channel: Channel, adapter: ChannelAdapter, deps: WebhookDeps): void {
  const log = deps.log ?? silentLog;

  app.get(`/${channel}`, (c) => {
    const challenge = verifyHandshake(c.req.query(), deps.verifyToken);
    if (challenge === null) {
      log('webhook handshake refused', { channel });
      throw new ApiException(
        403,
        'forbidden',
        'Verification failed: hub.mode must be "subscribe" and hub.verify_token must match.',
      );
    }
    return c.text(challenge, 200);
  });

  app.post(`/${channel}`, limitBody(WEBHOOK_MAX_BYTES, 'Webhook body'), async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (!verifySignature(raw, c.req.header('x-hub-signature-256'), deps.appSecret)) {
      log('webhook signature rejected', { channel, bytes: raw.length });
      throw new ApiException(401, 'bad_signature', 'X-Hub-Signature-256 is missing or does not match the body.');
    }

    /** Acknowledged and kept; only when keeping it fails too does Meta get an error (and retry). */
    const keep = async (error: string, refusal: ApiException) => {
      if (!deps.deadLetter) throw refusal;
      await deps.deadLetter({ channel, body: raw, error });
      log('webhook kept as a dead letter', { channel, bytes: raw.length, error: error.slice(0, 200) });
      return c.json({ received: 0, deadLettered: true }, 200);
    };

    let events: InboundEvent[];
    try {
      events = readWebhook(channel, adapter, raw);
    } catch (error) {
      if (!(error instanceof UnstorableWebhook)) throw error;
      log('webhook payload invalid', { channel, error: error.message.slice(0, 200) });
      return keep(error.message, new ApiException(400, 'invalid', error.message));
    }

    if (events.length > 0) {
      try {
        await deps.ingest(events);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const refusal = new ApiException(500, 'internal', 'Could not store the events; Meta will retry.');
        if (isPermanentStoreError(error)) return keep(`The database refused the events: ${message}`, refusal);
        // Not acknowledged: Meta redelivers, and the idempotent insert absorbs what did land.
        log('webhook ingest failed', { channel, error: message });
        throw refusal;
      }
    }
    return c.json({ received: events.length }, 200);
  });
}

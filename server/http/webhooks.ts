// Meta's webhook endpoints, one pair per channel: GET handshake, POST events. The POST runs in the
// order STYLE.md asks for: body limit, constant-time signature over the raw bytes, validate,
// ingest (idempotent insert, done by the caller), and only then 200, so a failed commit makes
// Meta retry instead of losing the event. Refusals are ApiExceptions, answered by the one handler.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Channel } from '../../core/model';
import { verifyHandshake } from '../channels/meta/verifyHandshake';
import { verifySignature } from '../channels/meta/verifySignature';
import { WebhookPayloadError, type ChannelAdapter, type InboundEvent } from '../channels/types';
import { ApiException } from '../errors';
import { silentLog, type Log } from '../log';
import { createErrorHandler } from './handleErrors';

/** Meta documents webhook payloads of up to 3 MB. */
export const WEBHOOK_MAX_BYTES = 3 * 1024 * 1024;

/** The `object` field each channel's webhooks carry. */
export const WEBHOOK_OBJECT: Record<Channel, string> = {
  whatsapp: 'whatsapp_business_account',
  messenger: 'page',
  instagram: 'instagram',
};

export interface WebhookDeps {
  appSecret: string;
  verifyToken: string;
  adapters: Partial<Record<Channel, ChannelAdapter>>;
  /** Stores the events (idempotently); must resolve only once they are committed. */
  ingest: (events: InboundEvent[]) => Promise<void>;
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

  app.post(
    `/${channel}`,
    bodyLimit({
      maxSize: WEBHOOK_MAX_BYTES,
      onError: () => {
        throw new ApiException(413, 'invalid', `Webhook body larger than ${WEBHOOK_MAX_BYTES} bytes.`);
      },
    }),
    async (c) => {
      const raw = new Uint8Array(await c.req.arrayBuffer());
      if (!verifySignature(raw, c.req.header('x-hub-signature-256'), deps.appSecret)) {
        log('webhook signature rejected', { channel, bytes: raw.length });
        throw new ApiException(401, 'bad_signature', 'X-Hub-Signature-256 is missing or does not match the body.');
      }

      let payload: unknown;
      try {
        payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw), withoutNulCharacters);
      } catch {
        throw new ApiException(400, 'invalid', 'Webhook body is not valid UTF-8 JSON.');
      }
      const object = (payload as { object?: unknown } | null)?.object;
      if (object !== WEBHOOK_OBJECT[channel]) {
        throw new ApiException(
          400,
          'invalid',
          `object: expected "${WEBHOOK_OBJECT[channel]}", got ${JSON.stringify(object ?? null)}.`,
        );
      }

      let events: InboundEvent[];
      try {
        events = adapter.parse(payload);
      } catch (error) {
        if (error instanceof WebhookPayloadError) {
          log('webhook payload invalid', { channel, field: error.field });
          throw new ApiException(400, 'invalid', error.message);
        }
        throw error;
      }

      if (events.length > 0) {
        try {
          await deps.ingest(events);
        } catch (error) {
          // Not acknowledged: Meta redelivers, and the idempotent insert absorbs what did land.
          log('webhook ingest failed', { channel, error: error instanceof Error ? error.message : String(error) });
          throw new ApiException(500, 'internal', 'Could not store the events; Meta will retry.');
        }
      }
      return c.json({ received: events.length }, 200);
    },
  );
}

/**
 * JSON may carry "\u0000" but PostgreSQL text cannot hold it: such a webhook would fail forever
 * and Meta would redeliver it for days. The invisible character is dropped instead.
 */
function withoutNulCharacters(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

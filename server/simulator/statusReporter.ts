// After the Graph stand-in accepts a reply, the "phone" reports it back the way Meta does:
// signed status webhooks sent → delivered → read (read only once the customer's page shows it).
import { buildWhatsappStatusWebhook, type SimulatedStatus } from './buildWebhooks';
import { answerMessage, type WebhookPoster } from './postWebhook';
import type { SimMessage, SimulatorState } from './state';

export interface StatusDelays {
  sentMs: number;
  deliveredMs: number;
  readMs: number;
}

export const DEFAULT_STATUS_DELAYS: StatusDelays = { sentMs: 200, deliveredMs: 400, readMs: 600 };

/** Redeliveries of a status webhook the server did not take (Meta retries far longer). */
const RETRY_DELAYS_MS = [500, 2_000];

export interface StatusReporter {
  accepted(channelExternalId: string, phone: string, message: SimMessage): void;
  failed(
    channelExternalId: string,
    phone: string,
    message: SimMessage,
    error: { code: number; title: string; details: string },
  ): void;
  /** The customer's page is showing this thread: read what was delivered. */
  seen(channelExternalId: string, phone: string): void;
}

export function createStatusReporter(deps: {
  state: SimulatorState;
  post: WebhookPoster;
  delays: StatusDelays;
  now: () => number;
  log: (message: string, details?: Record<string, unknown>) => void;
}): StatusReporter {
  const { state, delays } = deps;
  const readScheduled = new Set<string>();

  async function report(
    channelExternalId: string,
    phone: string,
    message: SimMessage,
    status: SimulatedStatus,
    error?: { code: number; title: string; details: string },
  ): Promise<boolean> {
    const payload = buildWhatsappStatusWebhook({
      phoneNumberId: channelExternalId,
      messageId: message.id,
      recipient: phone,
      status,
      at: deps.now(),
      error,
    });
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await deps.post(payload);
        if (answer.status >= 200 && answer.status < 300) {
          message.status = status;
          if (error) message.error = `${error.title}: ${error.details}`;
          return true;
        }
        if (answer.status < 500 || attempt >= RETRY_DELAYS_MS.length) {
          message.error = `Status "${status}" not taken. ${answerMessage(answer)}`;
          return false;
        }
      } catch (cause) {
        if (attempt >= RETRY_DELAYS_MS.length) {
          message.error = `Status "${status}" could not be delivered: ${cause instanceof Error ? cause.message : String(cause)}`;
          deps.log('simulator status webhook failed', { status, id: message.id });
          return false;
        }
      }
      await new Promise<void>((resolve) => state.schedule(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }

  function scheduleRead(channelExternalId: string, phone: string, message: SimMessage): void {
    if (readScheduled.has(message.id)) return;
    readScheduled.add(message.id);
    state.schedule(() => report(channelExternalId, phone, message, 'read'), delays.readMs);
  }

  return {
    accepted(channelExternalId, phone, message) {
      state.schedule(async () => {
        if (!(await report(channelExternalId, phone, message, 'sent'))) return;
        state.schedule(async () => {
          if (!(await report(channelExternalId, phone, message, 'delivered'))) return;
          if (state.isOpen(channelExternalId, phone, deps.now())) scheduleRead(channelExternalId, phone, message);
        }, delays.deliveredMs);
      }, delays.sentMs);
    },
    failed(channelExternalId, phone, message, error) {
      state.schedule(() => report(channelExternalId, phone, message, 'failed', error), delays.sentMs);
    },
    seen(channelExternalId, phone) {
      for (const message of state.thread(channelExternalId, phone)) {
        if (message.from === 'business' && message.status === 'delivered')
          scheduleRead(channelExternalId, phone, message);
      }
    },
  };
}

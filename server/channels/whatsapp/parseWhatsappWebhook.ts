// A verified WhatsApp webhook body → normalized events. Pure: no I/O, no clock.
import { describeGraphError } from '../meta/graphError';
import { checkPayload } from '../checkPayload';
import type { InboundEvent, StatusEvent } from '../types';
import { describeMessage } from './describeMessage';
import { WhatsappMessagesValue, WhatsappWebhook } from './webhookSchema';

/**
 * Meta batches up to 1000 updates per POST: every entry, change, message and status is read.
 * Only `field: "messages"` changes carry messages and statuses; other fields are skipped.
 */
export function parseWhatsappWebhook(payload: unknown): InboundEvent[] {
  const envelope = checkPayload(WhatsappWebhook, payload, []);
  const events: InboundEvent[] = [];
  envelope.entry.forEach((entry, i) => {
    entry.changes.forEach((change, j) => {
      if (change.field !== 'messages') return;
      const value = checkPayload(WhatsappMessagesValue, change.value, ['entry', i, 'changes', j, 'value']);
      events.push(...valueEvents(value));
    });
  });
  return events;
}

function valueEvents(value: WhatsappMessagesValue): InboundEvent[] {
  const channelExternalId = value.metadata.phone_number_id;
  const names = new Map((value.contacts ?? []).map((c) => [c.wa_id, c.profile?.name]));
  const events: InboundEvent[] = [];

  for (const message of value.messages ?? []) {
    events.push({
      type: 'message',
      channel: 'whatsapp',
      channelExternalId,
      contact: { externalId: message.from, name: names.get(message.from) || message.from, phone: message.from },
      externalId: message.id,
      timestamp: Number(message.timestamp) * 1000,
      ...describeMessage(message),
    });
  }

  for (const status of value.statuses ?? []) {
    const mapped = mapStatus(status.status);
    // Statuses we do not track (e.g. a future "deleted") are skipped, not fatal.
    if (!mapped) continue;
    const error = status.errors?.[0];
    events.push({
      type: 'status',
      channel: 'whatsapp',
      channelExternalId,
      externalId: status.id,
      status: mapped,
      timestamp: Number(status.timestamp) * 1000,
      error: error
        ? {
            code: `meta_${error.code}`,
            message: describeGraphError({ ...error, message: error.title ?? error.message }),
          }
        : null,
    });
  }
  return events;
}

/**
 * `played` (first play of a voice note we sent) implies the customer opened it, so it counts as
 * `read`; the store never moves a status backwards, so a late `read` after it changes nothing.
 */
function mapStatus(status: string): StatusEvent['status'] | null {
  switch (status) {
    case 'sent':
    case 'delivered':
    case 'read':
    case 'failed':
      return status;
    case 'played':
      return 'read';
    default:
      return null;
  }
}

// A verified Messenger (object "page") or Instagram (object "instagram") webhook → normalized
// events. Pure. sender.id is the customer (PSID / IGSID) and recipient.id our Page / IG account,
// except on echoes (`is_echo`), where the two are swapped. message.mid is the idempotency key.
import type { z } from 'zod';
import { checkPayload, formatPath } from '../checkPayload';
import { WebhookPayloadError, type InboundEvent, type InboundMessageEvent, type WatermarkEvent } from '../types';
import {
  MessagingEvent,
  MessagingMessage,
  MessagingReceipt,
  MessagingWebhook,
  type MessagingAttachment,
} from './messagingSchema';

type MessagingChannel = 'messenger' | 'instagram';
type Content = Pick<InboundMessageEvent, 'kind' | 'text' | 'originalType' | 'media'>;

const OBJECT: Record<MessagingChannel, string> = { messenger: 'page', instagram: 'instagram' };

export function parseMessagingWebhook(channel: MessagingChannel, payload: unknown): InboundEvent[] {
  const envelope = checkPayload(MessagingWebhook, payload, []);
  if (envelope.object !== OBJECT[channel]) {
    throw new WebhookPayloadError('object', `object: expected "${OBJECT[channel]}"`);
  }
  const events: InboundEvent[] = [];
  envelope.entry.forEach((entry, i) => {
    (entry.messaging ?? []).forEach((raw, j) => {
      const path = ['entry', i, 'messaging', j];
      const item = checkPayload(MessagingEvent, raw, path);
      const receipt = parseReceipt(channel, item, path);
      if (receipt) events.push(receipt);
      if (item.message === undefined) return; // reactions, postbacks
      if (item.timestamp === undefined)
        throw new WebhookPayloadError(formatPath([...path, 'timestamp']), 'timestamp: required');
      const message = checkPayload(MessagingMessage, item.message, [...path, 'message']);
      if (message.is_deleted) return;
      const echo = message.is_echo === true;
      const customer = echo ? item.recipient.id : item.sender.id;
      const base = {
        channel,
        channelExternalId: echo ? item.sender.id : item.recipient.id,
        // The webhook carries no name: the contact is stored under its id and named from the
        // Graph profile in the background (fetchPendingProfiles).
        contact: { externalId: customer, name: '', phone: null },
        timestamp: item.timestamp,
        originalType: null,
      };
      contents(message).forEach((content, k) => {
        // One mid can carry several attachments: each becomes its own message, the first keeping the mid.
        const externalId = k === 0 ? message.mid : `${message.mid}#${k}`;
        events.push({ ...base, ...content, type: echo ? 'echo' : 'message', externalId } as InboundEvent);
      });
    });
  });
  return events;
}

/** `delivery` / `read` from the customer's side: sender is the customer, recipient our Page / account. */
function parseReceipt(
  channel: MessagingChannel,
  item: z.infer<typeof MessagingEvent>,
  path: (string | number)[],
): WatermarkEvent | null {
  const field = item.read !== undefined ? 'read' : item.delivery !== undefined ? 'delivery' : null;
  if (!field) return null;
  const receipt = checkPayload(MessagingReceipt, item[field], [...path, field]);
  const mids = [...(receipt.mids ?? []), ...(receipt.mid ? [receipt.mid] : [])];
  if (receipt.watermark === undefined && mids.length === 0) return null;
  return {
    type: 'watermark',
    channel,
    channelExternalId: item.recipient.id,
    contactExternalId: item.sender.id,
    status: field === 'read' ? 'read' : 'delivered',
    watermark: receipt.watermark ?? null,
    mids,
  };
}

function contents(message: z.infer<typeof MessagingMessage>): Content[] {
  if (message.is_unsupported) return [{ kind: 'unsupported', text: message.text ?? '', originalType: 'unsupported' }];
  const attachments = message.attachments ?? [];
  if (attachments.length === 0) {
    if (message.text !== undefined) return [{ kind: 'text', text: message.text, originalType: null }];
    return [{ kind: 'unsupported', text: '', originalType: 'unknown' }];
  }
  return attachments.map((attachment, k) => describeAttachment(attachment, k === 0 ? (message.text ?? '') : ''));
}

/** image / audio / file / video become media; stickers, shares, reels, story mentions... stay unsupported. */
export function describeAttachment(attachment: MessagingAttachment, caption: string): Content {
  const url = attachment.payload?.url;
  const media = (kind: 'image' | 'audio' | 'document', mimeType: string): Content =>
    url
      ? {
          kind,
          text: caption,
          originalType: attachment.type,
          media: { source: { type: 'url', url }, mimeType, filename: fileName(url), voice: false },
        }
      : { kind: 'unsupported', text: caption, originalType: attachment.type };
  switch (attachment.type) {
    case 'image':
      return media('image', 'image/jpeg');
    case 'audio':
      return media('audio', 'audio/mp4');
    case 'video':
      return media('document', 'video/mp4');
    case 'file':
      return media('document', 'application/octet-stream');
    case 'share':
    case 'story_mention':
      return { kind: 'unsupported', text: caption || (url ?? ''), originalType: attachment.type };
    default:
      return { kind: 'unsupported', text: caption, originalType: attachment.type };
  }
}

/** The last path segment, when it looks like a file name ("receipt.pdf"), for the download chip. */
function fileName(url: string): string | null {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return /^[^/]{1,120}\.[a-z0-9]{1,8}$/i.test(last) ? last : null;
  } catch {
    return null;
  }
}

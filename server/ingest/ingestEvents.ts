// Stores what the webhooks normalized, in ONE transaction, idempotently: Meta redelivers for up to
// 7 days, so a message already stored, or a status that would move backwards, changes nothing.
import type { ChannelConfig, InboundEvent, InboundMessageEvent, StatusEvent } from '../channels/types';
import type { ChangeSet, Store } from '../store/createStore';
import type { Tx } from '../store/db';
import { nextDeliveryStatus } from '../store/deliveryStatus';
import { findChannelByExternalId } from '../store/repos/channels';
import { upsertContact } from '../store/repos/contacts';
import { openConversationFor, recordInbound } from '../store/repos/conversations';
import { findOutboundByExternalId, inboundMessageExists, insertInboundMessage, updateDelivery } from '../store/repos/messages';
import { lockExternalId, parkStatus } from '../store/repos/parkedStatuses';
import { insertPendingMedia, newMediaRef } from '../store/repos/media';
import { ingestEcho } from './ingestEcho';
import type { Log } from '../log';

export interface IngestDeps {
  store: Store;
  now: () => number;
  log: Log;
}

export async function ingestEvents(deps: IngestDeps, events: InboundEvent[]): Promise<void> {
  if (events.length === 0) return;
  await deps.store.write(async (tx, changes) => {
    const channels = new Map<string, ChannelConfig | null>();
    for (const event of events) {
      const key = `${event.channel}:${event.channelExternalId}`;
      if (!channels.has(key)) channels.set(key, await findChannelByExternalId(tx, event.channel, event.channelExternalId));
      const channel = channels.get(key);
      if (!channel) {
        deps.log('webhook for an unknown channel skipped', { channel: event.channel, externalId: event.channelExternalId });
        continue;
      }
      if (event.type === 'message') await ingestMessage(tx, changes, channel, event, deps.now());
      else if (event.type === 'echo') await ingestEcho(tx, changes, channel, event, deps.now());
      else await ingestStatus(tx, changes, channel, event, deps.now());
    }
  });
}

/** What the conversation list shows for a message the panel cannot render. */
export function previewOf(event: Pick<InboundMessageEvent, 'kind' | 'text' | 'originalType'>): string {
  if (event.kind === 'text' || event.text) return event.text;
  return `[${event.originalType ?? 'unsupported'}]`;
}

async function ingestMessage(tx: Tx, changes: ChangeSet, channel: ChannelConfig, event: InboundMessageEvent, now: number) {
  // Checked first so a redelivery does not reopen a conversation that was closed since.
  if (await inboundMessageExists(tx, channel.id, event.externalId)) return;
  const { contact, changed } = await upsertContact(tx, {
    channelId: channel.id,
    externalId: event.contact.externalId,
    name: event.contact.name,
    phone: event.contact.phone,
    seenAt: event.timestamp,
  });
  if (changed) changes.add('contact', contact.id, null);
  const conversation = await openConversationFor(tx, { id: contact.id, channelId: channel.id }, now);
  const media = event.media ? newMediaRef(event.media) : null;
  const message = await insertInboundMessage(tx, {
    conversationId: conversation.id,
    channelId: channel.id,
    externalId: event.externalId,
    kind: event.kind,
    text: event.text,
    originalType: event.originalType,
    createdAt: event.timestamp,
    media,
    location: event.location ?? null,
  });
  if (!message) return;
  // Downloaded after the commit (createBackgroundFetcher), never inside the webhook's transaction.
  if (media && event.media) await insertPendingMedia(tx, media, event.media, message, channel.id, now);
  await recordInbound(tx, conversation.id, { timestamp: event.timestamp, preview: previewOf(event) });
  changes.add('message', message.id, conversation.id);
  changes.add('conversation', conversation.id, conversation.id);
}

async function ingestStatus(tx: Tx, changes: ChangeSet, channel: ChannelConfig, event: StatusEvent, now: number) {
  await lockExternalId(tx, channel.id, event.externalId);
  const row = await findOutboundByExternalId(tx, channel.id, event.externalId);
  if (!row) {
    await parkStatus(tx, channel.id, event.externalId, { status: event.status, error: event.error }, now);
    return;
  }
  const status = nextDeliveryStatus(row.status, event.status);
  if (status === row.status) return;
  const error = status === 'failed' ? (event.error ?? { code: 'failed', message: 'The platform reported the message as failed.' }) : null;
  await updateDelivery(tx, row.id, { status, error });
  changes.add('message', row.id, row.conversation_id);
}

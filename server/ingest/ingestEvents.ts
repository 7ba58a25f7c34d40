// Stores what the webhooks normalized, in ONE transaction, idempotently: Meta redelivers for up to
// 7 days, so a message already stored, or a status that would move backwards, changes nothing.
import type { ChannelConfig, InboundEvent, StatusEvent, WatermarkEvent } from '../channels/types';
import type { ChangeSet, Store } from '../store/createStore';
import type { Tx } from '../store/db';
import { nextDeliveryStatus, statusesBelow } from '../../core/deliveryStatus';
import { findChannelByExternalId } from '../store/repos/channels';
import { findOutboundByExternalId, updateDelivery } from '../store/repos/messages';
import { lockExternalId, parkStatus } from '../store/repos/parkedStatuses';
import { applyReceipt } from '../store/repos/receipts';
import type { ChannelCache } from './channelCache';
import { ingestEcho } from './ingestEcho';
import { storeInboundMessages, type ChannelMessage } from './storeInboundMessages';
import type { Log } from '../log';

export { previewOf } from './previewOf';

export interface IngestDeps {
  store: Store;
  now: () => number;
  log: Log;
  /** Channels remembered between webhooks; looked up in every transaction without it. */
  channels?: ChannelCache;
  /** After the commit, for each conversation where the customer submitted a WhatsApp Flows form. */
  onFlowAnswered?: (conversationId: string) => Promise<void>;
}

export async function ingestEvents(deps: IngestDeps, events: InboundEvent[]): Promise<void> {
  if (events.length === 0) return;
  let flowAnswered: string[] = [];
  try {
    await deps.store.write(async (tx, changes) => {
      flowAnswered = [];
      const channels = new Map<string, ChannelConfig | null>();
      // Customers' messages are stored together (storeInboundMessages), in order among themselves.
      // A status is about one of our own messages, so it commutes with them; an echo may follow
      // or precede a customer's message in the thread, so the messages before it go first.
      let messages: ChannelMessage[] = [];
      // Applied last, sorted by platform id: statuses commute with everything, and two batches
      // then lock the same messages in the same order.
      const statuses: { channel: ChannelConfig; event: StatusEvent }[] = [];
      const flush = async () => {
        flowAnswered.push(...(await storeInboundMessages(tx, changes, messages, deps.now())));
        messages = [];
      };
      for (const event of events) {
        const key = `${event.channel}:${event.channelExternalId}`;
        if (!channels.has(key)) {
          channels.set(
            key,
            deps.channels
              ? await deps.channels.find(tx, deps.store.secrets, event.channel, event.channelExternalId)
              : await findChannelByExternalId(tx, deps.store.secrets, event.channel, event.channelExternalId),
          );
        }
        const channel = channels.get(key);
        if (!channel) {
          deps.log('webhook for an unknown channel skipped', {
            channel: event.channel,
            externalId: event.channelExternalId,
          });
          continue;
        }
        if (event.type === 'message') messages.push({ channel, event });
        else if (event.type === 'echo') {
          await flush();
          await ingestEcho(tx, changes, channel, event, deps.now());
        } else if (event.type === 'watermark') await ingestReceipt(tx, changes, channel, event);
        else statuses.push({ channel, event });
      }
      await flush();
      statuses.sort((a, b) => byStatusKey(a).localeCompare(byStatusKey(b)));
      for (const { channel, event } of statuses) await ingestStatus(tx, changes, channel, event, deps.now());
    });
  } catch (error) {
    // A channel changed or removed meanwhile is read afresh next time.
    deps.channels?.forget();
    throw error;
  }
  for (const conversationId of new Set(flowAnswered)) await deps.onFlowAnswered?.(conversationId);
}

const byStatusKey = ({ channel, event }: { channel: ChannelConfig; event: StatusEvent }) =>
  `${channel.id} ${event.externalId}`;

async function ingestReceipt(tx: Tx, changes: ChangeSet, channel: ChannelConfig, event: WatermarkEvent) {
  const updated = await applyReceipt(tx, {
    channelId: channel.id,
    contactExternalId: event.contactExternalId,
    status: event.status,
    replaces: statusesBelow(event.status),
    watermark: event.watermark,
    mids: event.mids,
  });
  for (const row of updated) changes.add('message', row.id, row.conversation_id);
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
  const error =
    status === 'failed'
      ? (event.error ?? { code: 'failed', message: 'The platform reported the message as failed.' })
      : null;
  await updateDelivery(tx, row.id, { status, error });
  changes.add('message', row.id, row.conversation_id);
}

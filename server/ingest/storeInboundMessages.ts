// Customers' messages of one transaction, stored set-based: whatever the batch holds (one webhook
// or many gathered by the ingest queue), it costs a fixed handful of statements, not a handful per
// message. Same outcome as storing them one by one in order: first copy of a platform id wins, a
// redelivery changes nothing, one contact and one open conversation per customer.
import { randomUUID } from 'node:crypto';
import type { FlowForm } from '../../core/model';
import type { ChannelConfig, InboundMessageEvent } from '../channels/types';
import type { ChangeSet } from '../store/createStore';
import type { Tx } from '../store/db';
import {
  findOpenConversations,
  insertInboundMessages,
  lockConversationsInOrder,
  openConversations,
  readInboundState,
  recordInboundBatch,
  upsertContacts,
  type ContactWrite,
  type InboundRow,
  type InboundState,
  type InboundSummary,
} from '../store/repos/inboundBatch';
import { insertPendingMedia, newMediaRef } from '../store/repos/media';
import { applyFlowAnswers } from '../flows/applyFlowAnswers';
import { queueBotTurns, startWithBot } from '../bot/queueBotTurns';
import { previewOf } from './previewOf';

export interface ChannelMessage {
  channel: ChannelConfig;
  event: InboundMessageEvent;
}

const keyOf = (channelId: string, externalId: string) => `${channelId} ${externalId}`;
/**
 * Activity, the 30-day view, the reply window and automatic closing run from the platform's
 * timestamps, never later than our clock: a timestamp from the future cannot extend anything.
 */
const platformTime = (timestamp: number, now: number) => Math.min(timestamp, now);
const byKey = (a: { channelId: string; externalId: string }, b: { channelId: string; externalId: string }) =>
  a.channelId === b.channelId ? (a.externalId < b.externalId ? -1 : 1) : a.channelId < b.channelId ? -1 : 1;

/** Returns the conversations where a customer submitted a WhatsApp Flows form (for the summary after commit). */
export async function storeInboundMessages(
  tx: Tx,
  changes: ChangeSet,
  items: ChannelMessage[],
  now: number,
): Promise<string[]> {
  const unique = new Map<string, ChannelMessage>();
  for (const item of items) {
    const key = keyOf(item.channel.id, item.event.externalId);
    if (!unique.has(key)) unique.set(key, item);
  }
  const candidates = [...unique.values()];
  const states = await readInboundState(
    tx,
    candidates.map(({ channel, event }) => ({
      channelId: channel.id,
      externalId: event.externalId,
      contactExternalId: event.contact.externalId,
    })),
  );
  // Skipped before anything is written, so a redelivery does not reopen a conversation closed since.
  const fresh = candidates.map((item, i) => ({ ...item, state: states[i] })).filter((item) => !item.state.stored);
  if (fresh.length === 0) return [];

  const contactOf = await upsertBatchContacts(tx, changes, fresh);
  const conversationOf = await openBatchConversations(tx, fresh, contactOf, now);

  const rows: (InboundRow & { item: ChannelMessage })[] = fresh.map((item) => {
    const { channel, event } = item;
    return {
      item,
      id: randomUUID(),
      conversationId: conversationOf.get(contactOf.get(keyOf(channel.id, event.contact.externalId))!)!,
      channelId: channel.id,
      externalId: event.externalId,
      kind: event.kind,
      text: event.text,
      originalType: event.originalType,
      createdAt: event.timestamp,
      media: event.media ? newMediaRef(event.media) : null,
      location: event.location ?? null,
      form: event.form ?? null,
      replyId: event.replyId ?? null,
    };
  });
  const inserted = await insertInboundMessages(
    tx,
    rows.map(({ item: _, ...row }) => row),
  );

  const summaries = new Map<string, InboundSummary>();
  const newest = new Map<string, string>();
  const forms: { contactId: string; conversationId: string; form: FlowForm }[] = [];
  for (const row of rows) {
    if (!inserted.has(row.id)) continue;
    const { event, channel } = row.item;
    if (row.form)
      forms.push({
        contactId: contactOf.get(keyOf(channel.id, event.contact.externalId))!,
        conversationId: row.conversationId,
        form: row.form,
      });
    // Downloaded after the commit (the workers' fetch pass), never inside the webhook's transaction.
    if (row.media && event.media)
      await insertPendingMedia(
        tx,
        row.media,
        event.media,
        { id: row.id, conversationId: row.conversationId },
        channel.id,
        now,
      );
    const summary = summaries.get(row.conversationId) ?? {
      conversationId: row.conversationId,
      timestamp: -Infinity,
      preview: '',
      count: 0,
    };
    summary.count++;
    newest.set(row.conversationId, row.id);
    // As if stored one by one: the newest timestamp's preview wins, the later of equals.
    const at = platformTime(event.timestamp, now);
    if (at >= summary.timestamp) Object.assign(summary, { timestamp: at, preview: previewOf(event) });
    summaries.set(row.conversationId, summary);
    changes.add('message', row.id, row.conversationId);
    changes.add('conversation', row.conversationId, row.conversationId);
  }
  // Read without a lock: a conversation closed by another transaction since must not take the
  // messages. The whole transaction is then retried (the queue's one-by-one pass, or Meta), and
  // the retry opens a new conversation. Locked first, in id order, so batches never deadlock.
  await lockConversationsInOrder(tx, [...summaries.keys()]);
  if ((await recordInboundBatch(tx, [...summaries.values()])) !== summaries.size) {
    throw new Error('a conversation was closed while its messages were being stored');
  }
  await applyFlowAnswers(tx, changes, forms, now);
  await queueBotTurns(tx, newest, now);
  return [...new Set(forms.map((f) => f.conversationId))];
}

type FreshMessage = ChannelMessage & { state: InboundState };

/** Finds or creates each customer; a newer profile name replaces the old one. Returns key → contact id. */
async function upsertBatchContacts(tx: Tx, changes: ChangeSet, fresh: FreshMessage[]): Promise<Map<string, string>> {
  const before = new Map<string, NonNullable<InboundState['contact']>>();
  for (const { channel, event, state } of fresh)
    if (state.contact) before.set(keyOf(channel.id, event.contact.externalId), state.contact);

  const after = new Map<string, ContactWrite>();
  for (const { channel, event } of fresh) {
    const key = keyOf(channel.id, event.contact.externalId);
    const current = after.get(key) ?? before.get(key);
    after.set(key, {
      id: current?.id ?? randomUUID(),
      channelId: channel.id,
      externalId: event.contact.externalId,
      name: event.contact.name || current?.name || event.contact.phone || event.contact.externalId,
      phone: event.contact.phone ?? current?.phone ?? null,
      firstContactAt: after.get(key)?.firstContactAt ?? event.timestamp,
    });
  }

  const ids = new Map([...before].map(([key, c]) => [key, c.id]));
  const writes = [...after].filter(([key, c]) => {
    const old = before.get(key);
    return !old || old.name !== c.name || old.phone !== c.phone;
  });
  // Sorted, so concurrent batches lock the same contacts in the same order.
  const written = await upsertContacts(tx, writes.map(([, c]) => c).sort(byKey));
  for (const contact of written) {
    ids.set(keyOf(contact.channelId, contact.externalId), contact.id);
    changes.add('contact', contact.id, null);
  }
  return ids;
}

/** Each contact's open conversation, opened (New queue, unassigned) when there is none. Returns contact id → conversation id. */
async function openBatchConversations(
  tx: Tx,
  fresh: FreshMessage[],
  contactOf: Map<string, string>,
  now: number,
): Promise<Map<string, string>> {
  const open = new Map<string, string>();
  const channelOfContact = new Map<string, string>();
  const firstAt = new Map<string, number>();
  for (const { channel, event, state } of fresh) {
    const contactId = contactOf.get(keyOf(channel.id, event.contact.externalId))!;
    channelOfContact.set(contactId, channel.id);
    firstAt.set(contactId, Math.min(firstAt.get(contactId) ?? Infinity, platformTime(event.timestamp, now)));
    // Read with the contact: valid only if that contact is the one the upsert kept.
    if (state.conversationId && state.contact?.id === contactId) open.set(contactId, state.conversationId);
  }
  const missing = [...channelOfContact.keys()].filter((id) => !open.has(id)).sort();
  if (missing.length === 0) return open;

  const opened = await openConversations(
    tx,
    missing.map((contactId) => ({
      id: randomUUID(),
      channelId: channelOfContact.get(contactId)!,
      contactId,
      activityAt: firstAt.get(contactId)!,
    })),
    now,
  );
  for (const [contactId, id] of opened) open.set(contactId, id);
  await startWithBot(tx, opened, now);
  // A concurrent writer opened some first: theirs, now committed, is the one.
  const lost = missing.filter((id) => !open.has(id));
  if (lost.length > 0) for (const [contactId, id] of await findOpenConversations(tx, lost)) open.set(contactId, id);
  const stillMissing = lost.filter((id) => !open.has(id));
  if (stillMissing.length > 0)
    throw new Error(`no open conversation could be found or opened for contact ${stillMissing[0]}`);
  return open;
}

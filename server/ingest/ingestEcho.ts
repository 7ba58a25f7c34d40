// Messenger/Instagram echoes (`is_echo`): Meta tells us about every message the Page or IG account
// sent, ours included. Ours must never show twice; one sent outside Sidedesk (the Page inbox, the
// Instagram app) is stored as an agent message with no agentId, so the thread is complete.
//
// Ours is recognised by mid. The echo can beat our own send's response (which is when we learn
// the mid), so under the same per-mid lock deliverMessage takes, a still-pending agent message to
// this contact with the same text also counts as ours; its mid is recorded when the send returns.
import type { EchoEvent, ChannelConfig } from '../channels/types';
import type { ChangeSet } from '../store/createStore';
import type { Tx } from '../store/db';
import { findOpenConversationIdByContact, recordOutbound } from '../store/repos/conversations';
import { insertPendingMedia, newMediaRef } from '../store/repos/media';
import { externalIdStored, hasPendingAgentText, insertEchoMessage } from '../store/repos/messages';
import { lockExternalId } from '../store/repos/parkedStatuses';

export async function ingestEcho(
  tx: Tx,
  changes: ChangeSet,
  channel: ChannelConfig,
  event: EchoEvent,
  now: number,
): Promise<void> {
  await lockExternalId(tx, channel.id, event.externalId);
  if (await externalIdStored(tx, channel.id, event.externalId)) return;

  const conversationId = await findOpenConversationIdByContact(tx, channel.id, event.contact.externalId);
  // A Page-initiated message to someone with no open conversation opens none.
  if (!conversationId) return;
  if (await hasPendingAgentText(tx, conversationId, event.text)) return;

  const media = event.media ? newMediaRef(event.media) : null;
  const row = await insertEchoMessage(tx, {
    conversationId,
    channelId: channel.id,
    externalId: event.externalId,
    kind: event.kind,
    text: event.text,
    originalType: event.originalType,
    createdAt: event.timestamp,
    media,
  });
  if (!row) return;
  if (media && event.media)
    await insertPendingMedia(tx, media, event.media, { id: row.id, conversationId }, channel.id, now);
  await recordOutbound(tx, conversationId, {
    at: event.timestamp,
    preview: event.text || `[${event.originalType ?? event.kind}]`,
  });
  changes.add('message', row.id, conversationId);
  changes.add('conversation', conversationId, conversationId);
}

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
import { recordOutbound } from '../store/repos/conversations';
import { insertPendingMedia, newMediaRef } from '../store/repos/media';
import { lockExternalId } from '../store/repos/parkedStatuses';
import { randomUUID } from 'node:crypto';

export async function ingestEcho(
  tx: Tx,
  changes: ChangeSet,
  channel: ChannelConfig,
  event: EchoEvent,
  now: number,
): Promise<void> {
  await lockExternalId(tx, channel.id, event.externalId);
  const known = await tx.query('SELECT 1 FROM messages WHERE channel_id = $1 AND external_id = $2', [
    channel.id,
    event.externalId,
  ]);
  if (known.length > 0) return;

  const [conversation] = await tx.query<{ id: string }>(
    `SELECT cv.id FROM conversations cv JOIN contacts ct ON ct.id = cv.contact_id
      WHERE ct.channel_id = $1 AND ct.external_id = $2 AND cv.status = 'open'`,
    [channel.id, event.contact.externalId],
  );
  // A Page-initiated message to someone with no open conversation opens none.
  if (!conversation) return;

  const inFlight = await tx.query(
    `SELECT 1 FROM messages WHERE conversation_id = $1 AND author = 'agent' AND status = 'pending' AND external_id IS NULL AND text = $2 LIMIT 1`,
    [conversation.id, event.text],
  );
  if (inFlight.length > 0) return;

  const media = event.media ? newMediaRef(event.media) : null;
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO messages (id, conversation_id, channel_id, author, agent_id, kind, text, original_type, status, external_id, created_at, media)
     VALUES ($1, $2, $3, 'agent', NULL, $4, $5, $6, 'sent', $7, $8, $9::jsonb)
     ON CONFLICT (channel_id, external_id) DO NOTHING RETURNING id`,
    [
      randomUUID(),
      conversation.id,
      channel.id,
      event.kind,
      event.text,
      event.originalType,
      event.externalId,
      event.timestamp,
      media ? JSON.stringify(media) : null,
    ],
  );
  if (!row) return;
  if (media && event.media)
    await insertPendingMedia(tx, media, event.media, { id: row.id, conversationId: conversation.id }, channel.id, now);
  await recordOutbound(tx, conversation.id, {
    at: event.timestamp,
    preview: event.text || `[${event.originalType ?? event.kind}]`,
  });
  changes.add('message', row.id, conversation.id);
  changes.add('conversation', conversation.id, conversation.id);
}

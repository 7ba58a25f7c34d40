// Messages: agents' (idempotent by client id), echoes (by platform id), pages. Customers' are
// stored in batches (inboundBatch.ts).
import { randomUUID } from 'node:crypto';
import type { DeliveryStatus, Message } from '../../../core/model';
import type { Queryable } from '../db';
import { toMessage, type MessageRow } from '../rows';

/** Whether a message with this platform id is stored (ours, the customer's or an echo). */
export async function externalIdStored(q: Queryable, channelId: string, externalId: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM messages WHERE channel_id = $1 AND external_id = $2', [
    channelId,
    externalId,
  ]);
  return rows.length > 0;
}

/** An agent message of ours still on its way out (no platform id yet) with exactly this text. */
export async function hasPendingAgentText(q: Queryable, conversationId: string, text: string): Promise<boolean> {
  const rows = await q.query(
    `SELECT 1 FROM messages WHERE conversation_id = $1 AND author = 'agent' AND status = 'pending' AND external_id IS NULL AND text = $2 LIMIT 1`,
    [conversationId, text],
  );
  return rows.length > 0;
}

export interface NewEchoMessage {
  conversationId: string;
  channelId: string;
  externalId: string;
  kind: Message['kind'];
  text: string;
  originalType: string | null;
  createdAt: number;
  media: Message['media'];
}

/** A message the Page or account sent outside Sidedesk: sent, by no agent. Null when stored already. */
export async function insertEchoMessage(q: Queryable, message: NewEchoMessage): Promise<{ id: string } | null> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO messages (id, conversation_id, channel_id, author, agent_id, kind, text, original_type, status, external_id, created_at, media)
     VALUES ($1, $2, $3, 'agent', NULL, $4, $5, $6, 'sent', $7, $8, $9::jsonb)
     ON CONFLICT (channel_id, external_id) DO NOTHING RETURNING id`,
    [
      randomUUID(),
      message.conversationId,
      message.channelId,
      message.kind,
      message.text,
      message.originalType,
      message.externalId,
      message.createdAt,
      message.media ? JSON.stringify(message.media) : null,
    ],
  );
  return row ?? null;
}

export interface NewAgentMessage {
  conversationId: string;
  channelId: string;
  /** null: the bot's message (author 'bot'), as for template sends. */
  agentId: string | null;
  clientId: string;
  text: string;
  createdAt: number;
}

/** Stores it as pending; null when the client id is already taken (a repeat of the same send). */
export async function insertAgentMessage(q: Queryable, message: NewAgentMessage): Promise<Message | null> {
  const [row] = await q.query<MessageRow>(
    `INSERT INTO messages (id, conversation_id, channel_id, author, agent_id, kind, text, status, client_id, created_at)
     VALUES ($1, $2, $3, CASE WHEN $4::text IS NULL THEN 'bot' ELSE 'agent' END, $4, 'text', $5, 'pending', $6, $7)
     ON CONFLICT (client_id) DO NOTHING
     RETURNING *`,
    [
      randomUUID(),
      message.conversationId,
      message.channelId,
      message.agentId,
      message.text,
      message.clientId,
      message.createdAt,
    ],
  );
  return row ? toMessage(row) : null;
}

export async function findMessageRow(q: Queryable, id: string): Promise<MessageRow | null> {
  const [row] = await q.query<MessageRow>('SELECT * FROM messages WHERE id = $1', [id]);
  return row ?? null;
}

export async function findMessageByClientId(q: Queryable, clientId: string): Promise<Message | null> {
  const [row] = await q.query<MessageRow>('SELECT * FROM messages WHERE client_id = $1', [clientId]);
  return row ? toMessage(row) : null;
}

export async function findMessagesByIds(q: Queryable, ids: string[]): Promise<Message[]> {
  if (ids.length === 0) return [];
  return (await q.query<MessageRow>('SELECT * FROM messages WHERE id = ANY($1::text[])', [ids])).map(toMessage);
}

/** Our own message with this platform id, locked for the status update. */
export async function findOutboundByExternalId(
  q: Queryable,
  channelId: string,
  externalId: string,
): Promise<MessageRow | null> {
  const [row] = await q.query<MessageRow>(
    `SELECT * FROM messages WHERE channel_id = $1 AND external_id = $2 AND author <> 'customer' FOR UPDATE`,
    [channelId, externalId],
  );
  return row ?? null;
}

export interface DeliveryUpdate {
  status: DeliveryStatus;
  error: { code: string; message: string } | null;
  /** Only when the send just told us the platform id. */
  externalId?: string;
}

export async function updateDelivery(q: Queryable, id: string, update: DeliveryUpdate): Promise<Message> {
  const [row] = await q.query<MessageRow>(
    `UPDATE messages SET status = $2, error_code = $3, error_message = $4, external_id = COALESCE($5, external_id)
     WHERE id = $1 RETURNING *`,
    [id, update.status, update.error?.code ?? null, update.error?.message ?? null, update.externalId ?? null],
  );
  return toMessage(row);
}

/** Moves a failed message back to pending for a retry; false when it was not failed (a retry is already running). */
export async function claimRetry(q: Queryable, id: string, now: number): Promise<boolean> {
  // A fresh attempt: no call begun yet, and the stale-send sweep waits from now.
  const rows = await q.query(
    `UPDATE messages SET status = 'pending', error_code = NULL, error_message = NULL, send_started_at = NULL, pending_since = $2
      WHERE id = $1 AND status = 'failed' RETURNING id`,
    [id, now],
  );
  return rows.length > 0;
}

/** A page of a conversation, newest first by insertion, returned oldest → newest. */
export async function listMessagePage(
  q: Queryable,
  conversationId: string,
  options: { before?: number; limit: number },
): Promise<{ messages: Message[]; nextBefore: number | null }> {
  const rows = await q.query<MessageRow>(
    `SELECT * FROM messages WHERE conversation_id = $1 AND ($2::bigint IS NULL OR n < $2)
     ORDER BY n DESC LIMIT $3`,
    [conversationId, options.before ?? null, options.limit + 1],
  );
  const page = rows.slice(0, options.limit);
  const nextBefore = rows.length > options.limit ? Number(page[page.length - 1].n) : null;
  return { messages: page.reverse().map(toMessage), nextBefore };
}

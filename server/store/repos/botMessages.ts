// The bot's own rows: the system entries saying why a conversation changed hands, and the
// handover itself (its messages are agents' rows without an agent: repos/messages insertAgentMessage).
import { randomUUID } from 'node:crypto';
import type { Message } from '../../../core/model';
import type { Queryable } from '../db';
import { toMessage, type MessageRow } from '../rows';

/** An entry in the thread for everyone to read, never sent to the customer. */
export async function insertSystemMessage(
  q: Queryable,
  message: { conversationId: string; channelId: string; text: string; createdAt: number },
): Promise<Message> {
  return (await insertKeyedSystemMessage(q, { ...message, key: null }))!;
}

/** With a key, idempotent: a job that runs again writes the entry once (null the second time). */
export async function insertKeyedSystemMessage(
  q: Queryable,
  message: { conversationId: string; channelId: string; text: string; createdAt: number; key: string | null },
): Promise<Message | null> {
  const [row] = await q.query<MessageRow>(
    `INSERT INTO messages (id, conversation_id, channel_id, author, agent_id, kind, text, client_id, created_at)
     VALUES ($1, $2, $3, 'system', NULL, 'text', $4, $5, $6)
     ON CONFLICT (client_id) DO NOTHING RETURNING *`,
    [
      randomUUID(),
      message.conversationId,
      message.channelId,
      message.text,
      message.key === null ? null : `system:${message.key}`,
      message.createdAt,
    ],
  );
  return row ? toMessage(row) : null;
}

export async function systemMessageExists(q: Queryable, key: string): Promise<boolean> {
  const rows = await q.query<{ id: string }>('SELECT id FROM messages WHERE client_id = $1', [`system:${key}`]);
  return rows.length > 0;
}

/** The bot lets go: with_bot off, to the agent given (null: the New queue). False when it had already let go. */
export async function releaseFromBot(
  q: Queryable,
  conversationId: string,
  assigneeId: string | null,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE conversations SET with_bot = false, assignee_id = COALESCE($2, assignee_id)
      WHERE id = $1 AND with_bot RETURNING id`,
    [conversationId, assigneeId],
  );
  return rows.length > 0;
}

/** Round-robin: the available active agent given a conversation by the bot least recently, now marked. */
export async function takeNextAvailableAgent(q: Queryable, now: number): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `UPDATE agents SET last_bot_handover_at = $1
      WHERE id = (SELECT id FROM agents WHERE active AND available
                  ORDER BY last_bot_handover_at NULLS FIRST, created_at, id LIMIT 1 FOR UPDATE)
      RETURNING id`,
    [now],
  );
  return row?.id ?? null;
}

export async function isActiveAgent(q: Queryable, agentId: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM agents WHERE id = $1 AND active', [agentId]);
  return rows.length > 0;
}

export async function setAgentAvailable(q: Queryable, agentId: string, available: boolean): Promise<void> {
  await q.query('UPDATE agents SET available = $2 WHERE id = $1', [agentId, available]);
}

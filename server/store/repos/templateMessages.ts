// Agent messages that are templates: stored with the template they were (so a retry re-sends the
// same payload), and the conversation's Outgoing mark they set.
import { randomUUID } from 'node:crypto';
import type { Message } from '../../../core/model';
import type { Queryable } from '../db';
import { toMessage, type MessageRow } from '../rows';

/** What went out: Meta identifies a template by name and language. */
export interface SentTemplate {
  name: string;
  language: string;
  params: string[];
}

export interface NewTemplateMessage {
  conversationId: string;
  channelId: string;
  /** The agent who sent it; null for the bot (an automation's template). */
  agentId: string | null;
  clientId: string;
  /** The rendered body: what the customer reads. */
  text: string;
  template: SentTemplate;
  createdAt: number;
}

/** Stores it as pending; null when the client id is already taken (a repeat of the same send). */
export async function insertTemplateMessage(q: Queryable, message: NewTemplateMessage): Promise<Message | null> {
  const [row] = await q.query<MessageRow>(
    `INSERT INTO messages (id, conversation_id, channel_id, author, agent_id, kind, text, status, client_id, created_at, template)
     VALUES ($1, $2, $3, CASE WHEN $4::text IS NULL THEN 'bot' ELSE 'agent' END, $4, 'template', $5, 'pending', $6, $7, $8::jsonb)
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
      JSON.stringify(message.template),
    ],
  );
  return row ? toMessage(row) : null;
}

export async function findSentTemplate(q: Queryable, messageId: string): Promise<SentTemplate | null> {
  const [row] = await q.query<{ template: SentTemplate | string | null }>(
    'SELECT template FROM messages WHERE id = $1',
    [messageId],
  );
  if (!row?.template) return null;
  return typeof row.template === 'string' ? (JSON.parse(row.template) as SentTemplate) : row.template;
}

/** A template went out: the conversation waits in Outgoing until the customer writes (ingest clears it). */
export async function markOutgoing(q: Queryable, conversationId: string, at: number): Promise<void> {
  await q.query('UPDATE conversations SET outgoing_since = COALESCE(outgoing_since, $2) WHERE id = $1', [
    conversationId,
    at,
  ]);
}

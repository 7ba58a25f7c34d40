// System entries: lines in a thread that say what happened to the conversation (not a message
// anyone sent). Idempotent by key, so a job that runs again never writes the line twice.
import { randomUUID } from 'node:crypto';
import type { Message } from '../../../core/model';
import type { Queryable } from '../db';
import { toMessage, type MessageRow } from '../rows';

export interface NewSystemEntry {
  conversationId: string;
  channelId: string;
  /** Unique per event: stored as the entry's client id. */
  key: string;
  text: string;
  createdAt: number;
}

/** Null when an entry with this key already exists. */
export async function insertSystemEntry(q: Queryable, entry: NewSystemEntry): Promise<Message | null> {
  const [row] = await q.query<MessageRow>(
    `INSERT INTO messages (id, conversation_id, channel_id, author, agent_id, kind, text, status, client_id, created_at)
     VALUES ($1, $2, $3, 'system', NULL, 'text', $4, NULL, $5, $6)
     ON CONFLICT (client_id) DO NOTHING
     RETURNING *`,
    [randomUUID(), entry.conversationId, entry.channelId, entry.text, `system:${entry.key}`, entry.createdAt],
  );
  return row ? toMessage(row) : null;
}

export async function systemEntryExists(q: Queryable, key: string): Promise<boolean> {
  const rows = await q.query<{ id: string }>('SELECT id FROM messages WHERE client_id = $1', [`system:${key}`]);
  return rows.length > 0;
}

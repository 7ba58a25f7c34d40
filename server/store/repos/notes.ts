// Notes: private, per conversation, for agents only. Nothing here ever reaches a channel adapter.
import { randomUUID } from 'node:crypto';
import type { Note } from '../../../core/model';
import type { Queryable } from '../db';

type NoteRow = { id: string; conversation_id: string; agent_id: string; text: string; created_at: number | string };

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  conversationId: row.conversation_id,
  agentId: row.agent_id,
  text: row.text,
  createdAt: Number(row.created_at),
});

export async function insertNote(
  q: Queryable,
  note: { conversationId: string; agentId: string; text: string; createdAt: number; clientId?: string },
): Promise<Note> {
  const [row] = await q.query<NoteRow>(
    `INSERT INTO notes (id, conversation_id, agent_id, text, created_at, client_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [randomUUID(), note.conversationId, note.agentId, note.text, note.createdAt, note.clientId ?? null],
  );
  return toNote(row);
}

/** The note an earlier attempt with this clientId made, if any. */
export async function findNoteByClientId(q: Queryable, conversationId: string, clientId: string): Promise<Note | null> {
  const [row] = await q.query<NoteRow>(`SELECT * FROM notes WHERE conversation_id = $1 AND client_id = $2`, [
    conversationId,
    clientId,
  ]);
  return row ? toNote(row) : null;
}

/** For the sync registry. */
export async function findNotesByIds(q: Queryable, ids: string[]): Promise<Note[]> {
  if (ids.length === 0) return [];
  return (await q.query<NoteRow>(`SELECT * FROM notes WHERE id = ANY($1::text[])`, [ids])).map(toNote);
}

/** Oldest first. */
export async function listNotes(q: Queryable, conversationId: string): Promise<Note[]> {
  return (
    await q.query<NoteRow>(`SELECT * FROM notes WHERE conversation_id = $1 ORDER BY created_at, id`, [conversationId])
  ).map(toNote);
}

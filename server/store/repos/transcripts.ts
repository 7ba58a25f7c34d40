// Voice-note transcripts on messages: pending, then done or failed (with when the next automatic
// attempt is due). Each write is a change of the message, so every agent who sees it gets the text.
import type { Message, Transcript, TranscriptEngine } from '../../../core/model';
import type { ChangeSet } from '../createStore';
import type { Queryable } from '../db';
import { toMessage, type MessageRow } from '../rows';

const PENDING: Transcript = { status: 'pending', text: null, engine: null, error: null, retryAt: null };

async function write(
  q: Queryable,
  changes: ChangeSet,
  id: string,
  transcript: Transcript,
  condition: string,
): Promise<Message | null> {
  const [row] = await q.query<MessageRow>(
    `UPDATE messages SET transcript = $2::jsonb WHERE id = $1 AND ${condition} RETURNING *`,
    [id, JSON.stringify(transcript)],
  );
  if (!row) return null;
  changes.add('message', row.id, row.conversation_id);
  return toMessage(row);
}

/**
 * Marks a customer's audio message as waiting for its transcript, unless one is already pending or
 * done (so a note is never transcribed twice). Null when nothing changed.
 */
export function markTranscriptPending(q: Queryable, changes: ChangeSet, id: string): Promise<Message | null> {
  return write(
    q,
    changes,
    id,
    PENDING,
    `author = 'customer' AND kind = 'audio' AND (transcript IS NULL OR transcript->>'status' = 'failed')`,
  );
}

export function setTranscriptDone(
  q: Queryable,
  changes: ChangeSet,
  id: string,
  result: { text: string; engine: TranscriptEngine },
): Promise<Message | null> {
  return write(q, changes, id, { ...PENDING, status: 'done', ...result }, `transcript->>'status' = 'pending'`);
}

/** `retryAt`: when the next automatic attempt is due (null: none will follow, the agent may retry). */
export function setTranscriptFailed(
  q: Queryable,
  changes: ChangeSet,
  id: string,
  failure: { error: { code: string; message: string }; engine: TranscriptEngine | null; retryAt: number | null },
): Promise<Message | null> {
  return write(q, changes, id, { ...PENDING, status: 'failed', ...failure }, `transcript->>'status' = 'pending'`);
}

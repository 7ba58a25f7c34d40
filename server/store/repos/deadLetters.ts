// Dead letters: signed webhooks kept byte for byte because they could not be stored.
import { randomUUID } from 'node:crypto';
import type { DeadLetter } from '../../../core/api/deadLetters';
import type { Channel } from '../../../core/model';
import { toStorableText } from '../../unsafeText';
import type { Queryable } from '../db';

const EXCERPT_CHARS = 300;
const ERROR_CHARS = 2000;
/** The list shows the newest; an admin replays or fixes from there. */
const LIST_LIMIT = 200;

type Row = {
  id: string;
  channel: Channel;
  body: Uint8Array;
  error: string;
  received_at: number;
  replayed_at: number | null;
};

const storableError = (error: string) => toStorableText(error).slice(0, ERROR_CHARS);

export function toDeadLetter(row: Row): DeadLetter {
  const body = new Uint8Array(row.body);
  const text = toStorableText(new TextDecoder().decode(body.subarray(0, EXCERPT_CHARS * 4)));
  return {
    id: row.id,
    channel: row.channel,
    error: row.error,
    receivedAt: row.received_at,
    replayedAt: row.replayed_at,
    size: body.byteLength,
    excerpt: text.slice(0, EXCERPT_CHARS),
  };
}

export async function insertDeadLetter(
  q: Queryable,
  entry: { channel: Channel; body: Uint8Array; error: string },
  now: number,
): Promise<string> {
  const id = randomUUID();
  await q.query('INSERT INTO dead_letters (id, channel, body, error, received_at) VALUES ($1, $2, $3, $4, $5)', [
    id,
    entry.channel,
    entry.body,
    storableError(entry.error),
    now,
  ]);
  return id;
}

export async function listDeadLetters(q: Queryable): Promise<DeadLetter[]> {
  const rows = await q.query<Row>('SELECT * FROM dead_letters ORDER BY received_at DESC, id LIMIT $1', [LIST_LIMIT]);
  return rows.map(toDeadLetter);
}

export async function findDeadLetter(q: Queryable, id: string): Promise<Row | null> {
  return (await q.query<Row>('SELECT * FROM dead_letters WHERE id = $1', [id]))[0] ?? null;
}

/** A replay's outcome: stored (replayed_at set) or still failing (its new reason). */
export async function recordReplay(
  q: Queryable,
  id: string,
  outcome: { replayedAt: number } | { error: string },
): Promise<DeadLetter> {
  const rows =
    'replayedAt' in outcome
      ? await q.query<Row>('UPDATE dead_letters SET replayed_at = $2 WHERE id = $1 RETURNING *', [
          id,
          outcome.replayedAt,
        ])
      : await q.query<Row>('UPDATE dead_letters SET error = $2 WHERE id = $1 RETURNING *', [
          id,
          storableError(outcome.error),
        ]);
  return toDeadLetter(rows[0]);
}

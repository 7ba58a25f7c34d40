// Gives every entity a transaction touched its next number in the one change sequence.
//
// Commit order must equal sequence order, or a reader can see seq 11 before seq 10 commits, move
// its cursor past 10 and never see it (Chatwoot's #14934: an agent missed a colleague's reply).
// So the numbers are taken under a transaction-scoped advisory lock, held until commit: the next
// writer can only number its changes once this one is visible. It is taken last, so only the
// tail of each transaction is serialised.
import type { Tx } from './db';

export type Entity =
  | 'conversation'
  | 'message'
  | 'contact'
  | 'agent'
  | 'tag'
  | 'field'
  | 'note'
  | 'template'
  | 'settings'
  | 'campaign'
  | 'quickReply'
  | 'summary';

export interface ChangeEntry {
  entity: Entity;
  id: string;
  /** For messages (and conversations themselves): whose visibility decides who receives it. */
  conversationId: string | null;
  /** The change alters who may see the conversation (taken, reassigned, closed). */
  visibility?: boolean;
}

/** Arbitrary constant; every change-producing transaction takes this same lock. */
export const CHANGE_LOCK = 731_004_001;
export const CHANGE_CHANNEL = 'sidedesk_changes';

/** Returns the highest sequence number assigned. Call it as the last statement of the transaction. */
export async function recordChanges(tx: Tx, entries: ChangeEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK]);
  // The NOTIFY rides in the same statement (one round trip less per write): delivered at commit
  // to every process LISTENing (PostgreSQL); harmless on PGlite.
  const [row] = await tx.query<{ seq: number }>(
    `WITH numbered AS (
       SELECT e.entity, e.entity_id, e.conversation_id, e.visibility, nextval('change_seq') AS seq
         FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) AS e(entity, entity_id, conversation_id, visibility)
     ), written AS (
       INSERT INTO changes (entity, entity_id, conversation_id, seq, visibility_seq)
       SELECT entity, entity_id, conversation_id, seq, CASE WHEN visibility THEN seq END FROM numbered
       ON CONFLICT (entity, entity_id) DO UPDATE SET
         seq = excluded.seq,
         conversation_id = excluded.conversation_id,
         visibility_seq = COALESCE(excluded.visibility_seq, changes.visibility_seq)
       RETURNING seq
     )
     SELECT max(seq) AS seq, pg_notify($5, max(seq)::text) FROM written`,
    [
      entries.map((e) => e.entity),
      entries.map((e) => e.id),
      entries.map((e) => e.conversationId),
      entries.map((e) => e.visibility ?? false),
      CHANGE_CHANNEL,
    ],
  );
  return Number(row.seq);
}

// Set-based statements for storing many customers' messages at once (ingest's group commit): each
// takes the whole batch as ONE jsonb parameter, so a batch costs a handful of round trips, not a
// handful per message. Same SQL on PGlite and PostgreSQL.
import type { Message } from '../../../core/model';
import type { Queryable } from '../db';

type Key = { channelId: string; externalId: string };

const json = (rows: unknown[]) => JSON.stringify(rows);

export interface InboundState {
  /** The platform id is stored already (a redelivery). */
  stored: boolean;
  contact: { id: string; name: string; phone: string | null } | null;
  /** The contact's open conversation, if any. */
  conversationId: string | null;
}

/**
 * For each message (in order): whether it is stored, its customer's contact and open
 * conversation — one statement for the whole batch.
 */
export async function readInboundState(
  q: Queryable,
  keys: (Key & { contactExternalId: string })[],
): Promise<InboundState[]> {
  if (keys.length === 0) return [];
  const rows = await q.query<{
    ord: number;
    stored: boolean;
    contact_id: string | null;
    name: string | null;
    phone: string | null;
    conversation_id: string | null;
  }>(
    // Probes per message (subplans, a LIMITed lateral) rather than joins: a join may be planned
    // as a hash join that scans the whole messages table for a batch of a few rows.
    `SELECT k.ord,
            EXISTS (SELECT 1 FROM messages m WHERE m.channel_id = k."channelId" AND m.external_id = k."externalId") AS stored,
            ct.id AS contact_id, ct.name, ct.phone,
            (SELECT cv.id FROM conversations cv WHERE cv.contact_id = ct.id AND cv.status = 'open' LIMIT 1) AS conversation_id
       FROM jsonb_to_recordset($1::jsonb) AS k(ord integer, "channelId" text, "externalId" text, "contactExternalId" text)
       LEFT JOIN LATERAL (SELECT c.id, c.name, c.phone FROM contacts c
                           WHERE c.channel_id = k."channelId" AND c.external_id = k."contactExternalId" LIMIT 1) ct ON true`,
    [json(keys.map((key, ord) => ({ ord, ...key })))],
  );
  const states: InboundState[] = [];
  for (const r of rows) {
    states[r.ord] = {
      stored: r.stored,
      contact: r.contact_id ? { id: r.contact_id, name: r.name!, phone: r.phone } : null,
      conversationId: r.conversation_id,
    };
  }
  return states;
}

export interface ContactWrite extends Key {
  id: string;
  name: string;
  phone: string | null;
  firstContactAt: number;
}

/**
 * Creates the new contacts and writes changed names/phones; returns every row's id (a contact a
 * concurrent writer created first keeps that writer's id). Rows must be distinct by key, sorted
 * so concurrent batches lock them in the same order.
 */
export async function upsertContacts(q: Queryable, rows: ContactWrite[]): Promise<(Key & { id: string })[]> {
  if (rows.length === 0) return [];
  const result = await q.query<{ id: string; channel_id: string; external_id: string }>(
    `INSERT INTO contacts (id, channel_id, external_id, name, phone, first_contact_at)
     SELECT r.id, r."channelId", r."externalId", r.name, r.phone, r."firstContactAt"
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, "channelId" text, "externalId" text, name text, phone text, "firstContactAt" bigint)
     ON CONFLICT (channel_id, external_id) DO UPDATE SET name = excluded.name, phone = excluded.phone
     RETURNING id, channel_id, external_id`,
    [json(rows)],
  );
  return result.map((r) => ({ id: r.id, channelId: r.channel_id, externalId: r.external_id }));
}

/** The open conversation of each of these contacts that has one: contact id → conversation id. */
export async function findOpenConversations(q: Queryable, contactIds: string[]): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map();
  const rows = await q.query<{ id: string; contact_id: string }>(
    `SELECT id, contact_id FROM conversations WHERE contact_id = ANY($1::text[]) AND status = 'open'`,
    [contactIds],
  );
  return new Map(rows.map((r) => [r.contact_id, r.id]));
}

/**
 * Opens conversations (New queue, unassigned); returns contact → id for those it opened. Activity
 * and the opening time are `activityAt`, the customer's first message (platform time, clamped to
 * now), so a message written days ago does not open a conversation that looks fresh, and New's
 * queue knows since when the customer has waited.
 */
export async function openConversations(
  q: Queryable,
  rows: { id: string; channelId: string; contactId: string; activityAt: number }[],
  now: number,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  // The partial unique index makes a concurrent opener wait, then skip: the caller re-reads.
  const inserted = await q.query<{ id: string; contact_id: string }>(
    `INSERT INTO conversations (id, channel_id, contact_id, status, last_activity_at, created_at)
     SELECT r.id, r."channelId", r."contactId", 'open', LEAST(r."activityAt", $2), LEAST(r."activityAt", $2)
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, "channelId" text, "contactId" text, "activityAt" bigint)
     ON CONFLICT (contact_id) WHERE status = 'open' DO NOTHING
     RETURNING id, contact_id`,
    [json(rows), now],
  );
  return new Map(inserted.map((r) => [r.contact_id, r.id]));
}

export interface InboundRow extends Key {
  id: string;
  conversationId: string;
  kind: Message['kind'];
  text: string;
  originalType: string | null;
  createdAt: number;
  media: Message['media'];
  location: Message['location'];
  form: Message['form'];
  /** A tapped reply button or list row's id. */
  replyId: string | null;
}

/** Inserts in the given order (message pages sort by insertion); returns the ids of those that were new. */
export async function insertInboundMessages(q: Queryable, rows: InboundRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await q.query<{ id: string }>(
    `INSERT INTO messages (id, conversation_id, channel_id, author, kind, text, original_type, external_id, created_at, media, location, form, reply_id)
     SELECT r.id, r."conversationId", r."channelId", 'customer', r.kind, r.text, r."originalType", r."externalId", r."createdAt", r.media, r.location, r.form, r."replyId"
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (id text, "conversationId" text, "channelId" text, kind text, text text,
            "originalType" text, "externalId" text, "createdAt" bigint, media jsonb, location jsonb, form jsonb, "replyId" text))
            WITH ORDINALITY AS r(id, "conversationId", "channelId", kind, text, "originalType", "externalId", "createdAt", media, location, form, "replyId", ord)
      ORDER BY r.ord
     ON CONFLICT (channel_id, external_id) DO NOTHING
     RETURNING id`,
    [json(rows)],
  );
  return new Set(inserted.map((r) => r.id));
}

export interface InboundSummary {
  conversationId: string;
  /** The newest platform timestamp among the batch's messages (clamped to now), and that message's preview. */
  timestamp: number;
  preview: string;
  count: number;
}

/**
 * Customers wrote, to many conversations in one statement: the window runs from the platform's
 * timestamp and never moves backwards, the preview follows the newest message even when webhooks
 * arrive out of order, unread grows by the count. Only open conversations are touched; returns
 * how many were.
 */
export async function recordInboundBatch(q: Queryable, rows: InboundSummary[]): Promise<number> {
  if (rows.length === 0) return 0;
  const updated = await q.query(
    `UPDATE conversations cv SET
       last_message_preview = CASE WHEN cv.last_inbound_at IS NULL OR u.timestamp >= cv.last_inbound_at THEN u.preview ELSE cv.last_message_preview END,
       last_inbound_at = GREATEST(COALESCE(cv.last_inbound_at, 0), u.timestamp),
       last_activity_at = GREATEST(cv.last_activity_at, u.timestamp),
       unread_count = cv.unread_count + u.count,
       outgoing_since = NULL
     FROM jsonb_to_recordset($1::jsonb) AS u("conversationId" text, timestamp bigint, preview text, count integer)
     WHERE cv.id = u."conversationId" AND cv.status = 'open'
     RETURNING cv.id`,
    [json(rows)],
  );
  return updated.length;
}

/**
 * Locks these conversations' rows in id order (PostgreSQL; a no-op wait on PGlite's single
 * connection). The batch UPDATE above locks in whatever order its plan visits rows, so two
 * batches on the same conversations could each hold one and wait for the other: a deadlock.
 */
export async function lockConversationsInOrder(q: Queryable, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await q.query(`SELECT id FROM conversations WHERE id = ANY($1::text[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
}

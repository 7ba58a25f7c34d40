// Customers, one per (channel, platform id).
import { randomUUID } from 'node:crypto';
import type { Contact } from '../../../core/model';
import type { Queryable } from '../db';
import { toContact, type ContactRow } from '../rows';

/** Every load of a contact carries its tags (in the order they were put on) and field values. */
const SELECT_CONTACT = `SELECT ct.*, ch.kind AS channel,
    ARRAY(SELECT tg.tag_id FROM contact_tags tg WHERE tg.contact_id = ct.id ORDER BY tg.added_at, tg.tag_id) AS tag_ids,
    (SELECT jsonb_object_agg(fd.key, fv.value) FROM contact_field_values fv
       JOIN field_definitions fd ON fd.id = fv.field_id WHERE fv.contact_id = ct.id) AS fields
  FROM contacts ct JOIN channels ch ON ch.id = ct.channel_id`;

export interface ContactUpsert {
  channelId: string;
  externalId: string;
  name: string;
  phone: string | null;
  seenAt: number;
}

/**
 * Finds or creates the contact; a newer profile name replaces the old one. Returns whether the
 * row was created or its name or phone changed, so the caller knows to record a change.
 */
export async function upsertContact(
  q: Queryable,
  contact: ContactUpsert,
): Promise<{ contact: Contact; changed: boolean }> {
  const [before] = await q.query<{ id: string; name: string; phone: string | null }>(
    'SELECT id, name, phone FROM contacts WHERE channel_id = $1 AND external_id = $2',
    [contact.channelId, contact.externalId],
  );
  const name = contact.name || before?.name || contact.phone || contact.externalId;
  const phone = contact.phone ?? before?.phone ?? null;
  const [{ id }] = await q.query<{ id: string }>(
    `INSERT INTO contacts (id, channel_id, external_id, name, phone, first_contact_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (channel_id, external_id) DO UPDATE SET name = excluded.name, phone = excluded.phone
     RETURNING id`,
    [randomUUID(), contact.channelId, contact.externalId, name, phone, contact.seenAt],
  );
  const [row] = await q.query<ContactRow>(`${SELECT_CONTACT} WHERE ct.id = $1`, [id]);
  const changed = !before || before.name !== name || before.phone !== phone;
  return { contact: toContact(row), changed };
}

export async function findContactsByIds(q: Queryable, ids: string[]): Promise<Contact[]> {
  if (ids.length === 0) return [];
  return (await q.query<ContactRow>(`${SELECT_CONTACT} WHERE ct.id = ANY($1::text[])`, [ids])).map(toContact);
}

export async function findContactExternalId(q: Queryable, contactId: string): Promise<string | null> {
  const [row] = await q.query<{ external_id: string }>('SELECT external_id FROM contacts WHERE id = $1', [contactId]);
  return row?.external_id ?? null;
}

/** Names the contact, but only while it still carries `rawName` (a name set some other way stays). */
export async function replaceRawContactName(
  q: Queryable,
  contactId: string,
  name: string,
  rawName: string,
): Promise<boolean> {
  const rows = await q.query(`UPDATE contacts SET name = $2 WHERE id = $1 AND name = $3 AND name <> $2 RETURNING id`, [
    contactId,
    name,
    rawName,
  ]);
  return rows.length > 0;
}

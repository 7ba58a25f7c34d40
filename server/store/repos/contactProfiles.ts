// Messenger/Instagram profile look-ups: which contacts have not been asked of Meta yet, and the
// row that records each outcome so a contact is asked once.
import type { Channel } from '../../../core/model';
import type { Queryable } from '../db';

export type ContactAwaitingProfile = {
  id: string;
  external_id: string;
  name: string;
  channel_id: string;
  kind: Channel;
};

/** The oldest contacts on channels whose webhooks carry no name, not looked up yet. */
export async function listContactsAwaitingProfile(q: Queryable, limit: number): Promise<ContactAwaitingProfile[]> {
  return q.query<ContactAwaitingProfile>(
    `SELECT ct.id, ct.external_id, ct.name, ct.channel_id, ch.kind FROM contacts ct JOIN channels ch ON ch.id = ct.channel_id
      WHERE ch.kind IN ('messenger', 'instagram')
        AND NOT EXISTS (SELECT 1 FROM contact_profiles p WHERE p.contact_id = ct.id)
      ORDER BY ct.first_contact_at LIMIT $1`,
    [limit],
  );
}

/** False when another worker recorded this contact's outcome first. */
export async function recordProfileOutcome(
  q: Queryable,
  contactId: string,
  status: 'fetched' | 'unavailable',
  now: number,
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO contact_profiles (contact_id, status, fetched_at) VALUES ($1, $2, $3) ON CONFLICT (contact_id) DO NOTHING RETURNING contact_id`,
    [contactId, status, now],
  );
  return rows.length > 0;
}

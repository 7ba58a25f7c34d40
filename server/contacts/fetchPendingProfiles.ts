// Messenger and Instagram webhooks carry no customer name: after ingest, each new contact's
// profile is asked of the Graph API once (best effort). A name replaces the raw PSID/IGSID the
// contact was stored under; when Meta has none, a readable placeholder does. Either way a
// contact_profiles row caches the outcome, so Meta is asked once per contact.
import type { Channel } from '../../core/model';
import type { ChannelAdapter } from '../channels/types';
import type { Log } from '../log';
import type { Store } from '../store/createStore';
import { findChannelById } from '../store/repos/channels';

export interface ProfileDeps {
  store: Store;
  adapters: Partial<Record<Channel, ChannelAdapter>>;
  fetch: typeof fetch;
  now: () => number;
  log: Log;
}

const LABEL: Partial<Record<Channel, string>> = { messenger: 'Messenger user', instagram: 'Instagram user' };

/** "Messenger user ·9113": which channel, and enough of the id to tell two apart. */
export function placeholderName(channel: Channel, externalId: string): string {
  return `${LABEL[channel] ?? 'Customer'} ·${externalId.slice(-4)}`;
}

type PendingContact = { id: string; external_id: string; name: string; channel_id: string; kind: Channel };

export async function fetchPendingProfiles(deps: ProfileDeps, batch = 20): Promise<number> {
  const pending = await deps.store.db.query<PendingContact>(
    `SELECT ct.id, ct.external_id, ct.name, ct.channel_id, ch.kind FROM contacts ct JOIN channels ch ON ch.id = ct.channel_id
      WHERE ch.kind IN ('messenger', 'instagram')
        AND NOT EXISTS (SELECT 1 FROM contact_profiles p WHERE p.contact_id = ct.id)
      ORDER BY ct.first_contact_at LIMIT $1`,
    [batch],
  );
  for (const contact of pending) {
    const adapter = deps.adapters[contact.kind];
    const channel = await findChannelById(deps.store.db, contact.channel_id);
    let name: string | null = null;
    try {
      if (adapter?.fetchProfileName && channel)
        name = await adapter.fetchProfileName(channel, contact.external_id, deps.fetch);
    } catch (error) {
      deps.log('profile fetch failed', {
        contactId: contact.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    await saveProfile(deps, contact, name);
  }
  return pending.length;
}

async function saveProfile(deps: ProfileDeps, contact: PendingContact, fetched: string | null): Promise<void> {
  await deps.store.write(async (tx, changes) => {
    const done = await tx.query(
      `INSERT INTO contact_profiles (contact_id, status, fetched_at) VALUES ($1, $2, $3) ON CONFLICT (contact_id) DO NOTHING RETURNING contact_id`,
      [contact.id, fetched ? 'fetched' : 'unavailable', deps.now()],
    );
    if (done.length === 0) return; // another worker got there first
    // Only the raw id is replaced: a name set some other way is kept.
    const name = fetched ?? placeholderName(contact.kind, contact.external_id);
    const updated = await tx.query(
      `UPDATE contacts SET name = $2 WHERE id = $1 AND name = $3 AND name <> $2 RETURNING id`,
      [contact.id, name, contact.external_id],
    );
    if (updated.length === 0) return;
    changes.add('contact', contact.id, null);
    // The conversation list shows the contact's name: its conversations change too.
    const conversations = await tx.query<{ id: string }>('SELECT id FROM conversations WHERE contact_id = $1', [
      contact.id,
    ]);
    for (const { id } of conversations) changes.add('conversation', id, id);
  });
}

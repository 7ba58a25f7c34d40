// Messenger and Instagram webhooks carry no customer name: after ingest, each new contact's
// profile is asked of the Graph API once (best effort). A name replaces the raw PSID/IGSID the
// contact was stored under; when Meta has none, a readable placeholder does. Either way a
// contact_profiles row caches the outcome, so Meta is asked once per contact.
import type { Channel } from '../../core/model';
import type { ChannelAdapter } from '../channels/types';
import type { Log } from '../log';
import type { Store } from '../store/createStore';
import { findChannelById } from '../store/repos/channels';
import {
  listContactsAwaitingProfile,
  recordProfileOutcome,
  type ContactAwaitingProfile,
} from '../store/repos/contactProfiles';
import { replaceRawContactName } from '../store/repos/contacts';
import { findConversationsByContacts } from '../store/repos/conversations';

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

export async function fetchPendingProfiles(deps: ProfileDeps, batch = 20): Promise<number> {
  const pending = await listContactsAwaitingProfile(deps.store.db, batch);
  for (const contact of pending) {
    const adapter = deps.adapters[contact.kind];
    const channel = await findChannelById(deps.store.db, deps.store.secrets, contact.channel_id);
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

async function saveProfile(deps: ProfileDeps, contact: ContactAwaitingProfile, fetched: string | null): Promise<void> {
  await deps.store.write(async (tx, changes) => {
    if (!(await recordProfileOutcome(tx, contact.id, fetched ? 'fetched' : 'unavailable', deps.now()))) return;
    // Only the raw id is replaced: a name set some other way is kept.
    const name = fetched ?? placeholderName(contact.kind, contact.external_id);
    if (!(await replaceRawContactName(tx, contact.id, name, contact.external_id))) return;
    changes.add('contact', contact.id, null);
    // The conversation list shows the contact's name: its conversations change too.
    for (const { id } of await findConversationsByContacts(tx, [contact.id])) changes.add('conversation', id, id);
  });
}

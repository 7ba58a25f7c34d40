// An agent's changes to one customer: tags on and off, field values set or cleared. Each is a
// change of the contact in the feed, so every agent who can see the customer receives it.
import { checkFieldValues } from '../../core/fieldValues';
import type { Contact } from '../../core/model';
import type { Principal } from '../../core/visibility';
import { ApiException, notFound } from '../errors';
import type { Store } from '../store/createStore';
import { findContactsByIds } from '../store/repos/contacts';
import { listFields, writeContactFieldValues } from '../store/repos/fieldDefinitions';
import { addContactTag, findTagsByIds, removeContactTag } from '../store/repos/tags';
import { findEditableContact } from './findEditableContact';

async function reload(q: Parameters<typeof findContactsByIds>[0], id: string): Promise<Contact> {
  const [contact] = await findContactsByIds(q, [id]);
  return contact;
}

export function setContactTag(
  store: Store,
  viewer: Principal,
  contactId: string,
  tagId: string,
  on: boolean,
  now: number,
): Promise<Contact> {
  return store.write(async (tx, changes) => {
    await findEditableContact(tx, viewer, contactId);
    if (on && (await findTagsByIds(tx, [tagId])).length === 0) throw notFound('Tag');
    const changed = on ? await addContactTag(tx, contactId, tagId, now) : await removeContactTag(tx, contactId, tagId);
    if (changed) changes.add('contact', contactId, null);
    return reload(tx, contactId);
  });
}

export function setContactFields(
  store: Store,
  viewer: Principal,
  contactId: string,
  values: Record<string, unknown>,
  now: number,
): Promise<Contact> {
  return store.write(async (tx, changes) => {
    await findEditableContact(tx, viewer, contactId);
    const fields = await listFields(tx);
    const check = checkFieldValues(fields, values);
    if (!check.ok) throw new ApiException(400, 'invalid', check.message);
    const idByKey = new Map(fields.map((f) => [f.key, f.id]));
    const rows = Object.entries(check.values).map(([key, value]) => ({ fieldId: idByKey.get(key)!, value }));
    if (await writeContactFieldValues(tx, contactId, rows, now)) changes.add('contact', contactId, null);
    return reload(tx, contactId);
  });
}

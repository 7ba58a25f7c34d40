// Who may change a customer's tags and fields: an admin, or an agent who can see one of the
// customer's conversations. Anyone else gets the same 404 as for a customer that does not exist.
import type { Contact } from '../../core/model';
import { canSee, type Principal } from '../../core/visibility';
import { notFound } from '../errors';
import type { Queryable } from '../store/db';
import { findContactsByIds } from '../store/repos/contacts';
import { findConversationsByContacts } from '../store/repos/conversations';

export async function findEditableContact(q: Queryable, viewer: Principal, contactId: string): Promise<Contact> {
  const [contact] = await findContactsByIds(q, [contactId]);
  if (!contact) throw notFound('Customer');
  if (viewer.role === 'admin') return contact;
  const conversations = await findConversationsByContacts(q, [contactId]);
  if (!conversations.some((c) => canSee(c, viewer))) throw notFound('Customer');
  return contact;
}

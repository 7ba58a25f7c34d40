// The customers behind normalised phone numbers and emails (POST /v1/contacts/match): by the digits
// of their stored phone (or a WhatsApp id), and by any information-field value equal to an email.
// Each comes with the conversations the viewer may read (readableBy.ts); others are left out.
import type { ContactMatch } from '../../../core/api/pageContext';
import type { Conversation } from '../../../core/model';
import type { Principal } from '../../../core/visibility';
import type { Queryable } from '../db';
import { toConversation, type ConversationRow } from '../rows';
import { findContactsByIds } from './contacts';
import { SELECT_CONVERSATION } from './conversations';
import { readableBy } from './readableBy';

export async function findContactMatches(
  q: Queryable,
  viewer: Principal,
  values: { phones: string[]; emails: string[] },
): Promise<ContactMatch[]> {
  const hits = await q.query<{ contact_id: string; value: string }>(
    `SELECT ct.id AS contact_id, regexp_replace(coalesce(ct.phone, ''), '[^0-9]', '', 'g') AS value
       FROM contacts ct WHERE regexp_replace(coalesce(ct.phone, ''), '[^0-9]', '', 'g') = ANY($1::text[])
     UNION
     SELECT ct.id, ct.external_id FROM contacts ct JOIN channels ch ON ch.id = ct.channel_id
      WHERE ch.kind = 'whatsapp' AND ct.external_id = ANY($1::text[])
     UNION
     SELECT fv.contact_id, lower(fv.value #>> '{}') FROM contact_field_values fv
      WHERE jsonb_typeof(fv.value) = 'string' AND lower(fv.value #>> '{}') = ANY($2::text[])`,
    [values.phones, values.emails],
  );
  const matched = new Map<string, Set<string>>();
  for (const hit of hits) matched.set(hit.contact_id, (matched.get(hit.contact_id) ?? new Set()).add(hit.value));
  if (matched.size === 0) return [];

  const params: unknown[] = [[...matched.keys()]];
  const where = ['cv.contact_id = ANY($1::text[])'];
  if (viewer.role !== 'admin') {
    params.push(viewer.id);
    where.push(readableBy('$2'));
  }
  const rows = await q.query<ConversationRow>(
    `${SELECT_CONVERSATION} WHERE ${where.join(' AND ')} ORDER BY cv.last_activity_at DESC, cv.id DESC`,
    params,
  );
  const byContact = new Map<string, Conversation[]>();
  for (const row of rows) {
    const conversation = toConversation(row);
    byContact.set(conversation.contactId, [...(byContact.get(conversation.contactId) ?? []), conversation]);
  }
  const contacts = await findContactsByIds(q, [...byContact.keys()]);
  return contacts.map((contact) => {
    const conversations = byContact.get(contact.id)!;
    return {
      contact,
      matched: [...matched.get(contact.id)!],
      current: conversations.find((c) => c.status === 'open') ?? null,
      latest: conversations[0],
      conversationCount: conversations.length,
    };
  });
}

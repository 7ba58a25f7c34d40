// A conversation that changed hands reaches viewers who could not see it before. Its customer's
// last change (tags, fields, name) is older than their cursor and was skipped for them then, so the
// customer is marked changed again with it: whoever now sees the conversation also gets the customer.
import type { Queryable } from './db';
import type { ChangeEntry } from './recordChanges';

export async function withNewViewersContacts(tx: Queryable, entries: ChangeEntry[]): Promise<ChangeEntry[]> {
  const handedOver = entries.filter((e) => e.entity === 'conversation' && e.visibility).map((e) => e.id);
  if (handedOver.length === 0) return entries;
  const rows = await tx.query<{ contact_id: string }>(
    'SELECT DISTINCT contact_id FROM conversations WHERE id = ANY($1::text[])',
    [handedOver],
  );
  const named = new Set(entries.filter((e) => e.entity === 'contact').map((e) => e.id));
  const added = rows
    .filter((r) => !named.has(r.contact_id))
    .map((r): ChangeEntry => ({ entity: 'contact', id: r.contact_id, conversationId: null }));
  return [...entries, ...added];
}

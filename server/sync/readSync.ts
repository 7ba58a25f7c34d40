// One sync page: the change rows after the cursor in sequence order, the current state of what
// they name, filtered for the viewer. The cursor advances over every scanned row, visible or not.
import type { SyncResponse } from '../../core/api';
import type { Principal } from '../../core/visibility';
import type { Queryable } from '../store/db';
import { findAgentsByIds } from '../store/repos/agents';
import { findContactsByIds } from '../store/repos/contacts';
import { findConversationsByContacts, findConversationsByIds } from '../store/repos/conversations';
import { findMessagesByIds } from '../store/repos/messages';
import { toViewerChanges, type ChangeRow } from './toViewerChanges';

export async function readSync(q: Queryable, viewer: Principal, since: number, limit: number): Promise<SyncResponse> {
  const raw = await q.query<{ entity: ChangeRow['entity']; entity_id: string; seq: number; visibility_seq: number | null }>(
    'SELECT entity, entity_id, seq, visibility_seq FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2',
    [since, limit],
  );
  if (raw.length === 0) return { changes: [], cursor: since, hasMore: false };
  const rows: ChangeRow[] = raw.map((r) => ({
    entity: r.entity,
    entityId: r.entity_id,
    seq: Number(r.seq),
    visibilitySeq: r.visibility_seq === null ? null : Number(r.visibility_seq),
  }));
  const ids = (entity: ChangeRow['entity']) => raw.filter((r) => r.entity === entity).map((r) => r.entity_id);

  const messages = await findMessagesByIds(q, ids('message'));
  const conversationIds = new Set([...ids('conversation'), ...messages.map((m) => m.conversationId)]);
  const contactIds = ids('contact');
  const [conversations, contacts, agents, contactConversations] = await Promise.all([
    findConversationsByIds(q, [...conversationIds]),
    findContactsByIds(q, contactIds),
    findAgentsByIds(q, ids('agent')),
    viewer.role === 'admin' ? Promise.resolve([]) : findConversationsByContacts(q, contactIds),
  ]);
  const conversationsByContact = new Map<string, typeof conversations>();
  for (const c of contactConversations) conversationsByContact.set(c.contactId, [...(conversationsByContact.get(c.contactId) ?? []), c]);

  const changes = toViewerChanges(
    rows,
    {
      conversations: new Map(conversations.map((c) => [c.id, c])),
      messages: new Map(messages.map((m) => [m.id, m])),
      contacts: new Map(contacts.map((c) => [c.id, c])),
      agents: new Map(agents.map((a) => [a.id, a])),
      conversationsByContact,
    },
    viewer,
    since,
  );
  return { changes, cursor: rows[rows.length - 1].seq, hasMore: raw.length === limit };
}

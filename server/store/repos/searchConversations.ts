// The conversation list: newest activity first, filtered by what the viewer may see (the same
// rule as core `canSee`, in SQL), optionally searched by contact name, phone and message text.
import type { Conversation } from '../../../core/model';
import type { Principal } from '../../../core/visibility';
import type { Queryable } from '../db';
import { toConversation, type ConversationRow } from '../rows';
import { SELECT_CONVERSATION } from './conversations';

/** LIKE treats % and _ as wildcards: a search for "50%" means the text "50%". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export async function searchConversations(
  q: Queryable,
  viewer: Principal,
  options: { q?: string; tag?: string; limit: number },
): Promise<Conversation[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (viewer.role !== 'admin') {
    params.push(viewer.id);
    where.push(`(cv.assignee_id = $${params.length} OR (cv.assignee_id IS NULL AND cv.status = 'open'))`);
  }
  const text = options.q?.trim();
  if (text) {
    params.push(`%${escapeLike(text)}%`);
    const p = `$${params.length}`;
    where.push(`(ct.name ILIKE ${p} OR ct.phone ILIKE ${p} OR EXISTS (
      SELECT 1 FROM messages m WHERE m.conversation_id = cv.id AND m.text ILIKE ${p}))`);
  }
  if (options.tag) {
    params.push(options.tag);
    where.push(
      `EXISTS (SELECT 1 FROM contact_tags tg WHERE tg.contact_id = cv.contact_id AND tg.tag_id = $${params.length})`,
    );
  }
  params.push(options.limit);
  const rows = await q.query<ConversationRow>(
    `${SELECT_CONVERSATION} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY cv.last_activity_at DESC, cv.id LIMIT $${params.length}`,
    params,
  );
  return rows.map(toConversation);
}

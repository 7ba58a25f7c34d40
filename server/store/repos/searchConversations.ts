// The conversation list and search: newest activity first. The list (no query) holds what the viewer
// may see (core `canSee`, in SQL); a search what they may read (readableBy.ts): also conversations
// they took part in before a transfer or a close, and a current customer's earlier ones.
import type { Conversation } from '../../../core/model';
import type { Principal } from '../../../core/visibility';
import type { Queryable } from '../db';
import { toConversation, type ConversationRow } from '../rows';
import { SELECT_CONVERSATION } from './conversations';
import { decodeCursor, encodeCursor } from './pageCursor';
import { readableBy } from './readableBy';

/** LIKE treats % and _ as wildcards: a search for "50%" means the text "50%". */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** "+49 151-000 12" is a phone number as people type it: its digits, if it has enough to mean one. */
export function phoneDigits(text: string): string | null {
  if (!/^[\d\s+\-().]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 3 ? digits : null;
}

export interface SearchOptions {
  q?: string;
  tag?: string;
  cursor?: string;
  limit: number;
}

export async function searchConversationPage(
  q: Queryable,
  viewer: Principal,
  options: SearchOptions,
): Promise<{ conversations: Conversation[]; nextCursor: string | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const text = options.q?.trim();
  if (viewer.role !== 'admin') {
    const me = param(viewer.id);
    where.push(text ? readableBy(me) : `(cv.assignee_id = ${me} OR (cv.assignee_id IS NULL AND cv.status = 'open'))`);
  }
  if (text) {
    const p = param(`%${escapeLike(text)}%`);
    const digits = phoneDigits(text);
    const phone = digits
      ? ` OR regexp_replace(coalesce(ct.phone, ''), '[^0-9]', '', 'g') LIKE ${param(`%${digits}%`)}`
      : '';
    where.push(`(ct.name ILIKE ${p} OR ct.phone ILIKE ${p}${phone} OR EXISTS (
      SELECT 1 FROM messages m WHERE m.conversation_id = cv.id AND m.text ILIKE ${p}))`);
  }
  if (options.tag) {
    where.push(
      `EXISTS (SELECT 1 FROM contact_tags tg WHERE tg.contact_id = cv.contact_id AND tg.tag_id = ${param(options.tag)})`,
    );
  }
  if (options.cursor) {
    const after = decodeCursor(options.cursor);
    where.push(`(cv.last_activity_at, cv.id) < (${param(after.at)}::bigint, ${param(after.id)}::text)`);
  }
  // One row more than asked says whether another page follows.
  const limit = param(options.limit + 1);
  const rows = await q.query<ConversationRow>(
    `${SELECT_CONVERSATION} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY cv.last_activity_at DESC, cv.id DESC LIMIT ${limit}`,
    params,
  );
  const conversations = rows.slice(0, options.limit).map(toConversation);
  const last = conversations.at(-1);
  return { conversations, nextCursor: rows.length > options.limit && last ? encodeCursor(last) : null };
}

/** The first page only: the list route's answer. */
export async function searchConversations(
  q: Queryable,
  viewer: Principal,
  options: SearchOptions,
): Promise<Conversation[]> {
  return (await searchConversationPage(q, viewer, options)).conversations;
}

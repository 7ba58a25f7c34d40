// Search: every conversation the viewer may read (see server/store/repos/readableBy.ts), beyond the
// inboxes' 30-day horizon and after a close, in pages.
import { z } from 'zod';
import { Conversation } from '../model';

/** Opaque to clients: the last row of the previous page, newest activity first. */
export const PageCursor = z.string().regex(/^\d+:.+$/, 'a nextCursor from the previous page');

export const SearchQuery = z.object({
  /** Contact name, message text, or a phone number typed any way (+, spaces, dashes, brackets). */
  q: z.string().trim().min(1).max(200),
  cursor: PageCursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchPage = z.object({
  conversations: z.array(Conversation),
  /** null on the last page; otherwise pass it back as `cursor` for more results. */
  nextCursor: PageCursor.nullable(),
});
export type SearchPage = z.infer<typeof SearchPage>;

// The inbox for API clients: GET /v1/conversations?inbox=…&layout=… answers one inbox, computed on
// the server with core's inboxOf (the panel's rule) and ordered by compareInInbox, a page at a time.
import { z } from 'zod';
import { INBOXES, LAYOUTS } from '../inbox';
import { Conversation } from '../model';

export const InboxName = z.enum(['new', 'active', 'expired', 'outgoing']);

export const InboxParams = z.object({
  /** One inbox, as the side panel shows it to the caller. Without it: the searchable list. */
  inbox: InboxName.optional(),
  /** The layout whose inboxes `inbox` names (Classic: new, active; Beta: active, expired, outgoing). */
  layout: z.enum(LAYOUTS).optional(),
  /** `nextCursor` of the previous page of the same inbox. */
  cursor: z.string().min(1).max(300).optional(),
});

/** Refuses what would otherwise be ignored: a layout or cursor without an inbox, an inbox its layout lacks. */
export function inboxParamsIssue(params: z.infer<typeof InboxParams>): string | null {
  if (params.inbox === undefined)
    return params.layout !== undefined || params.cursor !== undefined
      ? 'query.inbox: required with layout and cursor'
      : null;
  const layout = params.layout ?? 'classic';
  if (!INBOXES[layout].includes(params.inbox))
    return `query.inbox: "${params.inbox}" is not an inbox of the ${layout} layout (${INBOXES[layout].join(', ')})`;
  return null;
}

export const ConversationsListPage = z.object({
  conversations: z.array(Conversation),
  /** With `inbox`: pass as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable().optional(),
});

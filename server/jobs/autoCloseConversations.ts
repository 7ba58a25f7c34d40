// Automatic closing: an open conversation whose reply window is closed (expired) or whose template
// went unanswered (outgoing), quiet for longer than the workspace's autoCloseDays, is closed with
// the type 'automatic'. Idempotent: a closed conversation is never touched again, and a
// conversation that saw activity after it was selected is left open (the update re-checks).
import { DAY, replyWindow } from '../../core/replyWindow';
import type { Conversation } from '../../core/model';
import type { Store } from '../store/createStore';
import { closeConversationRow, findQuietOpenConversations } from '../store/repos/conversationLifecycle';
import { getSettings } from '../store/repos/settings';

const PAGE = 200;

/** Expired (window closed per core's replyWindow) or outgoing: the kinds that close on their own. */
export function isAutoClosable(
  c: Pick<Conversation, 'channel' | 'lastInboundAt' | 'outgoingSince'>,
  now: number,
): boolean {
  return c.outgoingSince !== null || !replyWindow(c.channel, c.lastInboundAt, now).open;
}

/** Returns the ids it closed. */
export async function autoCloseConversations(store: Store, now: number): Promise<string[]> {
  const { autoCloseDays } = await getSettings(store.db);
  const cutoff = now - autoCloseDays * DAY;
  const closed: string[] = [];
  let after: { lastActivityAt: number; id: string } | null = null;
  for (;;) {
    const page = await findQuietOpenConversations(store.db, cutoff, PAGE, after);
    const due = page.filter((c) => isAutoClosable(c, now));
    if (due.length > 0) {
      const done = await store.write(async (tx, changes) => {
        const ids: string[] = [];
        for (const c of due) {
          if (!(await closeConversationRow(tx, c.id, 'automatic', now, cutoff))) continue;
          changes.add('conversation', c.id, c.id, { visibility: true });
          ids.push(c.id);
        }
        return ids;
      });
      closed.push(...done);
    }
    if (page.length < PAGE) return closed;
    const last = page[page.length - 1];
    after = { lastActivityAt: last.lastActivityAt, id: last.id };
  }
}

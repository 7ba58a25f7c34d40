// The thread reads a window of its newest messages (one index range, newest first, limited), and
// grows it a page at a time as the agent scrolls up. Pure rules; components/hooks/useMessageWindow.ts
// runs the query and components/thread/MessageList.tsx the virtualized list.
import type { Note } from '@/core/model';

/** Messages read when a thread opens, and added by each scroll to the top. */
export const THREAD_PAGE = 60;
/** Older messages load once the agent scrolls within this many pixels of the top. */
export const LOAD_OLDER_PX = 400;

export interface MessageWindow<M> {
  /** Oldest first, as the thread shows them. */
  messages: M[];
  /** Older messages exist beyond the window. */
  hasOlder: boolean;
  /** The limit this answer was read with. */
  limit: number;
}

/** From a query read newest first with limit + 1 rows: the window, oldest first. */
export function windowOf<M>(newestFirst: M[], limit: number): MessageWindow<M> {
  return { messages: newestFirst.slice(0, limit).reverse(), hasOlder: newestFirst.length > limit, limit };
}

/** The next limit to ask for, or the same one while the last growth has not been answered yet. */
export function grownLimit(requested: number, answered: MessageWindow<unknown> | undefined): number {
  if (!answered || answered.limit !== requested || !answered.hasOlder) return requested;
  return requested + THREAD_PAGE;
}

export function shouldLoadOlder(scrollTop: number, hasOlder: boolean): boolean {
  return hasOlder && scrollTop < LOAD_OLDER_PX;
}

/** Notes inside the window: while older messages are unread, older notes wait with them. */
export function notesInWindow<M extends { createdAt: number }>(
  notes: Note[],
  window: Pick<MessageWindow<M>, 'messages' | 'hasOlder'>,
): Note[] {
  if (!window.hasOlder || window.messages.length === 0) return notes;
  const oldest = window.messages[0].createdAt;
  return notes.filter((note) => note.createdAt >= oldest);
}

/** How many rows were added at the top, given the key that was first before; 0 when none. */
export function prependedCount(previousFirst: string | undefined, keys: readonly string[]): number {
  if (previousFirst === undefined || keys[0] === previousFirst) return 0;
  return Math.max(0, keys.indexOf(previousFirst));
}

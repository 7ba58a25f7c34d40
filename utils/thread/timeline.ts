// The thread as one list of messages and private notes. Pure.
import type { Note } from '@/core/model';

export type TimelineItem<M> = { kind: 'message'; at: number; message: M } | { kind: 'note'; at: number; note: Note };

/**
 * Messages keep the order given (the server's order: a burst shares one timestamp second, and
 * timestamps may even go backwards); notes go in by time between them. At equal times a message
 * stays before a note written at the same moment.
 */
export function mergeTimeline<M extends { createdAt: number }>(messages: M[], notes: Note[]): TimelineItem<M>[] {
  const sortedNotes = [...notes].sort((a, b) => a.createdAt - b.createdAt);
  const items: TimelineItem<M>[] = [];
  let n = 0;
  for (const message of messages) {
    while (n < sortedNotes.length && sortedNotes[n].createdAt < message.createdAt)
      items.push({ kind: 'note', at: sortedNotes[n].createdAt, note: sortedNotes[n++] });
    items.push({ kind: 'message', at: message.createdAt, message });
  }
  for (; n < sortedNotes.length; n++) items.push({ kind: 'note', at: sortedNotes[n].createdAt, note: sortedNotes[n] });
  return items;
}

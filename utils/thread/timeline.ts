// The thread as one chronological list of messages and private notes. Pure.
import type { Note } from '@/core/model';

export type TimelineItem<M> = { kind: 'message'; at: number; message: M } | { kind: 'note'; at: number; note: Note };

/** Stable: at equal times a message stays before a note written at the same moment. */
export function mergeTimeline<M extends { createdAt: number }>(messages: M[], notes: Note[]): TimelineItem<M>[] {
  const items: TimelineItem<M>[] = [
    ...messages.map((message) => ({ kind: 'message' as const, at: message.createdAt, message })),
    ...notes.map((note) => ({ kind: 'note' as const, at: note.createdAt, note })),
  ];
  return items.sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'message' ? -1 : 1));
}

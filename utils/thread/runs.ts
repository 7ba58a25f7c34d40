// Which bubbles carry the author's name and the time: messages from the same author within a few
// minutes form a run, and only its first shows the name and its last the time, as chat apps do. Pure.
import type { TimelineItem } from './timeline';

/** Messages further apart than this start a new run, even from the same author. */
export const RUN_GAP_MS = 5 * 60_000;

interface RunMessage {
  author: string;
  agentId?: string | null;
  createdAt: number;
  status?: string | null;
}

export interface RunPlace {
  first: boolean;
  last: boolean;
}

function sameRun(a: TimelineItem<RunMessage> | undefined, b: TimelineItem<RunMessage> | undefined): boolean {
  if (!a || !b || a.kind !== 'message' || b.kind !== 'message') return false;
  const [x, y] = [a.message, b.message];
  if (x.author === 'system' || y.author === 'system') return false;
  if (x.author !== y.author || (x.agentId ?? null) !== (y.agentId ?? null)) return false;
  if (new Date(x.createdAt).toDateString() !== new Date(y.createdAt).toDateString()) return false;
  return Math.abs(y.createdAt - x.createdAt) <= RUN_GAP_MS;
}

export function runPlace(items: TimelineItem<RunMessage>[], index: number): RunPlace {
  return { first: !sameRun(items[index - 1], items[index]), last: !sameRun(items[index], items[index + 1]) };
}

/**
 * A message inside a run still shows its own footer when its delivery differs from the next one's
 * (a failed or pending reply in the middle of a run must not hide behind the last one's ticks).
 */
export function showsFooter(items: TimelineItem<RunMessage>[], index: number): boolean {
  if (runPlace(items, index).last) return true;
  const item = items[index];
  const next = items[index + 1];
  if (item.kind !== 'message' || next?.kind !== 'message') return true;
  return (item.message.status ?? 'none') !== (next.message.status ?? 'none');
}

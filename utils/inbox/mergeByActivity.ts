// The inbox's two queues (New and mine), each read most recent first, as one list. Pure.
import type { Conversation } from '@/core/model';

/** Merges two lists already sorted most recent first. */
export function mergeByActivity<T extends Pick<Conversation, 'lastActivityAt'>>(a: T[], b: T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].lastActivityAt >= b[j].lastActivityAt)) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  return merged;
}

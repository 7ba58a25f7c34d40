// The tabs' counts while the inbox shows only its first screen of rows. Pure.
import type { InboxName, Layout } from '@/core/inbox';

/** Sizes of the two queues the inbox reads, counted on the index (open, inside the horizon). */
export interface QueueSizes {
  new: number;
  mine: number;
}

/**
 * Classic's tabs are exactly the queues (New = open unassigned, Active = open mine), so the index
 * counts them before any row is read. Beta's split by reply window, and a tag filter, need the rows:
 * null (not known yet) until the whole queues are read; so is every count until the sizes are
 * counted, a moment after the first paint.
 */
export function firstScreenCounts(
  layout: Layout,
  tagFiltered: boolean,
  sizes: QueueSizes | undefined,
): Record<InboxName, number | null> {
  const unknown = { new: null, active: null, expired: null, outgoing: null };
  if (layout !== 'classic' || tagFiltered || sizes === undefined) return unknown;
  return { ...unknown, new: sizes.new, active: sizes.mine };
}

// Which conversations leave the local copy: those quiet for longer than the inbox horizon (30 days).
// They stay on the server and are found by search. Pure, so the rule is tested alone.
import { isWithinHorizon } from '@/core/inbox';
import type { Conversation } from '@/core/model';

/**
 * `keep`: conversations that must stay whatever their age (an unsent reply still in the outbox
 * must not lose its conversation under it).
 */
export function selectPrunable(
  conversations: Iterable<Pick<Conversation, 'id' | 'lastActivityAt'>>,
  keep: ReadonlySet<string>,
  now: number,
): string[] {
  const out: string[] = [];
  for (const c of conversations) if (!isWithinHorizon(c, now) && !keep.has(c.id)) out.push(c.id);
  return out;
}

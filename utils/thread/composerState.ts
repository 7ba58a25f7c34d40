import { mayAct } from '@/core/mayAct';
import type { Agent, Conversation } from '@/core/model';
import { compactSpan, windowClosedReason } from '@/utils/format/time';
import { t } from '@/utils/i18n';

export interface ComposerState {
  /** Why a free-form reply cannot go out now; null when it can. */
  blockedReason: string | null;
  /** The conversation waits in the New queue: offer Take. */
  canTake: boolean;
  hint: string | null;
  /** Mine (or an admin's to answer), on WhatsApp, window closed: the composer becomes the template picker. */
  templatesOnly?: boolean;
  /** The bot has it: Take is "Take over" (an early handover). */
  withBot?: boolean;
}

/** What the composer offers: core's `mayAct` decides, this only words it. */
export function composerState(
  c: Pick<Conversation, 'channel' | 'lastInboundAt' | 'assigneeId' | 'status'> & { withBot?: boolean },
  me: Pick<Agent, 'id' | 'role'>,
  agents: Map<string, Pick<Agent, 'name'>>,
  now: number,
): ComposerState {
  // The bot has it: read-only until someone takes it over (the server's accept is the handover).
  if (c.withBot && c.status === 'open')
    return { blockedReason: t.bot.list.readOnly, canTake: true, hint: null, withBot: true };
  const may = mayAct(c, me, 'reply', now);
  const assignee = c.assigneeId === null ? '—' : (agents.get(c.assigneeId)?.name ?? '—');
  if (!may.ok) {
    switch (may.reason) {
      case 'closed':
        return { blockedReason: t.composer.closed, canTake: false, hint: null };
      case 'not_taken':
        return { blockedReason: t.composer.takeFirst, canTake: true, hint: null };
      case 'window_closed':
        return {
          blockedReason: windowClosedReason(c, now, may.window),
          canTake: false,
          hint: null,
          templatesOnly: c.channel === 'whatsapp',
        };
      default:
        return { blockedReason: t.composer.assignedElsewhere(assignee), canTake: false, hint: null };
    }
  }
  const window = may.window;
  const hint = window?.humanAgentTag
    ? t.composer.humanAgentTag(t.time.left(compactSpan(window.closesAt - now)))
    : c.assigneeId !== me.id
      ? t.composer.adminReplying(assignee)
      : null;
  return { blockedReason: null, canTake: false, hint };
}

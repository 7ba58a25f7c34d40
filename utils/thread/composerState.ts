import type { Agent, Conversation } from '@/core/model';
import { replyWindow } from '@/core/replyWindow';
import { compactSpan, windowClosedReason } from '@/utils/format/time';
import { t } from '@/utils/i18n';

export interface ComposerState {
  /** Why a free-form reply cannot go out now; null when it can. */
  blockedReason: string | null;
  /** The conversation waits in the New queue: offer Take. */
  canTake: boolean;
  hint: string | null;
  /** Mine, on WhatsApp, window closed: the composer becomes the template picker. */
  templatesOnly?: boolean;
}

/** What the composer offers, from core's window rule and who the conversation belongs to. */
export function composerState(
  c: Pick<Conversation, 'channel' | 'lastInboundAt' | 'assigneeId' | 'status'>,
  me: Pick<Agent, 'id'>,
  agents: Map<string, Pick<Agent, 'name'>>,
  now: number,
): ComposerState {
  if (c.status === 'closed') return { blockedReason: t.composer.closed, canTake: false, hint: null };
  if (c.assigneeId === null) return { blockedReason: t.composer.takeFirst, canTake: true, hint: null };
  if (c.assigneeId !== me.id) {
    const name = agents.get(c.assigneeId)?.name ?? '—';
    return { blockedReason: t.composer.assignedElsewhere(name), canTake: false, hint: null };
  }
  const w = replyWindow(c.channel, c.lastInboundAt, now);
  if (!w.open)
    return {
      blockedReason: windowClosedReason(c, now, w),
      canTake: false,
      hint: null,
      templatesOnly: c.channel === 'whatsapp',
    };
  return {
    blockedReason: null,
    canTake: false,
    hint: w.humanAgentTag ? t.composer.humanAgentTag(t.time.left(compactSpan(w.closesAt - now))) : null,
  };
}

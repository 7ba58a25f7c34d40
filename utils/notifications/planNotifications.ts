// Which arrivals become desktop notifications. Pure: the background gathers the facts, this decides.
import type { Conversation } from '@/core/model';
import type { Strings } from '@/utils/i18n';
import type { NotificationPrefs } from '@/utils/prefs/notificationPrefs';
import type { Arrival } from './arrivals';

export interface NotifyContext {
  /** The signed-in agent, or null (nobody to notify). */
  meId: string | null;
  prefs: NotificationPrefs;
  /** A side panel is open: the agent sees the change there, a notification would only nag. */
  panelVisible: boolean;
  /** The conversations as committed after the batch. */
  conversations: ReadonlyMap<string, Conversation>;
  strings: Strings;
}

export interface PlannedNotification {
  /** One per conversation: a second message replaces the first instead of stacking. */
  notificationId: string;
  conversationId: string;
  kind: Arrival['kind'];
  title: string;
  message: string;
}

export const NOTIFICATION_PREFIX = 'sidedesk:conversation:';

export function notificationIdFor(conversationId: string): string {
  return NOTIFICATION_PREFIX + conversationId;
}

export function conversationIdOf(notificationId: string): string | null {
  return notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) : null;
}

export function planNotifications(arrivals: readonly Arrival[], ctx: NotifyContext): PlannedNotification[] {
  if (ctx.panelVisible || ctx.meId === null) return [];
  const planned = new Map<string, PlannedNotification>();
  for (const arrival of arrivals) {
    const c = ctx.conversations.get(arrival.conversationId);
    if (!c || c.status !== 'open') continue;
    if (arrival.kind === 'newConversation') {
      // Still waiting after the whole batch (not taken by a colleague in the same batch).
      if (!ctx.prefs.newConversations || c.assigneeId !== null) continue;
      planned.set(
        c.id,
        plan(c, 'newConversation', ctx.strings.notifications.newConversation(c.contactName), c.lastMessagePreview),
      );
    } else {
      if (!ctx.prefs.myConversationMessages || c.assigneeId !== ctx.meId) continue;
      // A brand-new conversation's first message is already told by its "new conversation" line.
      if (planned.get(c.id)?.kind === 'newConversation') continue;
      const text =
        arrival.messageKind === 'text' && arrival.text ? arrival.text : arrival.text || ctx.strings.notifications.media;
      planned.set(c.id, plan(c, 'customerMessage', ctx.strings.notifications.newMessage(c.contactName), text));
    }
  }
  return [...planned.values()];
}

function plan(c: Conversation, kind: Arrival['kind'], title: string, message: string): PlannedNotification {
  return { notificationId: notificationIdFor(c.id), conversationId: c.id, kind, title, message };
}

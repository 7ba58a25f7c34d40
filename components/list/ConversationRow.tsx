import type { Conversation } from '@/core/model';
import { relativeTime, windowLeft } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { rowExpired, rowTime, rowWaiting } from '@/utils/inbox/rowFacts';
import { Avatar } from '../common/Avatar';
import { ChannelMark } from '../common/ChannelMark';

interface Props {
  conversation: Conversation;
  now: number;
  onOpen: (id: string) => void;
  /** The list's single tab stop (roving tabindex); highlighted for the keyboard. */
  active?: boolean;
}

export const ROW_HEIGHT = 76;

export function ConversationRow({ conversation: c, now, onOpen, active = false }: Props) {
  const left = windowLeft(c, now);
  const waiting = rowWaiting(c, now);
  const expired = rowExpired(c, now);
  const unread = c.unreadCount > 0;
  return (
    <button
      type="button"
      data-testid="conversation-item"
      data-conversation-id={c.id}
      aria-current={active || undefined}
      tabIndex={active ? 0 : -1}
      onClick={() => onOpen(c.id)}
      className="group flex h-full w-full items-start gap-3 border-b border-zinc-100 px-3 py-3 text-left hover:bg-zinc-50 focus-visible:bg-indigo-50/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
    >
      <span className="relative mt-0.5">
        <Avatar name={c.contactName} />
        <ChannelMark channel={c.channel} className="absolute -right-0.5 -bottom-0.5 h-4 w-4" />
      </span>
      <span className="min-w-0 flex-1">
        <span className="flex items-baseline gap-2">
          <span
            data-testid="conversation-name"
            className={`truncate text-[13px] ${unread ? 'font-semibold text-zinc-900' : 'font-medium text-zinc-800'}`}
          >
            {c.contactName}
          </span>
          <span className="ml-auto shrink-0 text-[11px] tabular-nums text-zinc-500">
            {relativeTime(rowTime(c), now)}
          </span>
        </span>
        <span className="mt-0.5 flex items-center gap-2">
          <span
            data-testid="conversation-preview"
            className={`truncate text-[12.5px] ${unread ? 'text-zinc-700' : 'text-zinc-500'}`}
          >
            {c.lastMessagePreview || t.list.noPreview}
          </span>
          {unread && (
            <span
              data-testid="unread-badge"
              className="ml-auto min-w-[18px] shrink-0 rounded-full bg-indigo-600 px-1.5 text-center text-[10.5px] font-semibold leading-[18px] text-white tabular-nums"
            >
              {/* The row's name is its visible text (WCAG 2.5.3); the count reads as "2 unread". */}
              <span aria-hidden>{c.unreadCount}</span>
              <span className="sr-only">{t.list.unread(c.unreadCount)}</span>
            </span>
          )}
        </span>
        {/* One line (rows have a fixed height for the virtualized list): the marks never wrap, the last one truncates. */}
        <span className="mt-1 flex min-w-0 items-center gap-1.5 whitespace-nowrap text-[11px] text-zinc-500">
          <span>{t.channels[c.channel]}</span>
          {left && (
            <>
              <span aria-hidden>·</span>
              <span data-testid="window-left" className="text-zinc-500">
                {left}
              </span>
            </>
          )}
          {waiting && (
            <>
              <span aria-hidden>·</span>
              <span data-testid="waiting-for" className="shrink-0 text-zinc-600">
                {waiting}
              </span>
            </>
          )}
          {expired && (
            <>
              <span aria-hidden>·</span>
              <span
                data-testid="expired-mark"
                title={expired}
                className="min-w-0 truncate rounded bg-amber-50 px-1 font-medium text-amber-800"
              >
                {expired}
              </span>
            </>
          )}
        </span>
      </span>
    </button>
  );
}

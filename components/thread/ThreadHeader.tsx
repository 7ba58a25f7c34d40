import type { ReactNode } from 'react';
import type { Conversation } from '@/core/model';
import { windowLeft } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { Avatar } from '../common/Avatar';
import { ChannelMark } from '../common/ChannelMark';
import { BackIcon } from '../common/icons';

export function ThreadHeader({
  conversation: c,
  now,
  onBack,
  action,
}: {
  conversation: Conversation;
  now: number;
  onBack: () => void;
  action?: ReactNode;
}) {
  // A closed conversation has no reply window to count down: say how it closed instead.
  const left = c.status === 'closed' ? null : windowLeft(c, now);
  return (
    <div className="flex shrink-0 items-center gap-2 border-b border-zinc-200 bg-white px-2 py-2">
      <button
        type="button"
        data-testid="back-button"
        aria-label={t.thread.back}
        onClick={onBack}
        className="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <BackIcon />
      </button>
      <span className="relative">
        <Avatar name={c.contactName} size={32} />
        <ChannelMark channel={c.channel} className="absolute -right-0.5 -bottom-0.5 h-3.5 w-3.5" />
      </span>
      <div className="min-w-0 flex-1">
        <h2 data-testid="thread-title" className="truncate text-[13.5px] font-semibold text-zinc-900">
          {c.contactName}
        </h2>
        <p className="truncate text-[11px] text-zinc-500">
          {t.channels[c.channel]}
          {left && <span data-testid="thread-window-left"> · {left}</span>}
          {c.status === 'closed' && (
            <span data-testid="thread-closed"> · {t.lifecycle.status[c.closeType ?? 'automatic']}</span>
          )}
        </p>
      </div>
      {action}
    </div>
  );
}

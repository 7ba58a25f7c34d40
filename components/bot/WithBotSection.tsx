// "With the bot": the conversations the bot is having, folded above the inbox with their count.
// Admins watch them; anyone may open one (read-only) and take it over early, which is a handover.
import { useState } from 'react';
import type { Conversation } from '@/core/model';
import { relativeTime } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { Avatar } from '../common/Avatar';
import { ChannelMark } from '../common/ChannelMark';
import { useWithBotConversations } from '../hooks/useWithBotConversations';
import { AvailabilityToggle } from './AvailabilityToggle';
import { BotIcon } from './botIcons';

interface Props {
  meId: string;
  now: number;
  onOpen: (id: string) => void;
}

export function WithBotSection({ meId, now, onOpen }: Props) {
  const conversations = useWithBotConversations(now);
  const [open, setOpen] = useState(false);
  const count = conversations?.length ?? 0;
  return (
    <section aria-label={t.bot.list.label} data-testid="with-bot" className="shrink-0 border-b border-zinc-200">
      <div className="flex flex-wrap items-center gap-2 pr-3">
        <button
          type="button"
          data-testid="with-bot-toggle"
          aria-expanded={open}
          aria-controls="with-bot-list"
          onClick={() => setOpen((o) => !o)}
          className="flex min-w-0 flex-1 items-center gap-2 px-3 py-1.5 text-left text-[12px] font-medium text-violet-800 hover:bg-violet-50/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
        >
          <BotIcon width={14} height={14} />
          {t.bot.list.tab}
          <span
            data-testid="with-bot-count"
            className="min-w-5 rounded-full bg-violet-100 px-1.5 text-center text-[11px] leading-[18px] tabular-nums text-violet-800"
          >
            {conversations ? count : ''}
          </span>
          <span aria-hidden className={`ml-auto text-zinc-400 transition-transform ${open ? 'rotate-90' : ''}`}>
            ▸
          </span>
        </button>
        <AvailabilityToggle meId={meId} />
      </div>
      {open && (
        <ul id="with-bot-list" data-testid="with-bot-list" className="max-h-56 overflow-y-auto bg-violet-50/30">
          {count === 0 ? (
            <li className="px-3 py-3 text-center text-[12px] text-zinc-500">{t.bot.list.empty}</li>
          ) : (
            conversations!.map((c) => <Row key={c.id} conversation={c} now={now} onOpen={onOpen} />)
          )}
        </ul>
      )}
    </section>
  );
}

function Row({
  conversation: c,
  now,
  onOpen,
}: {
  conversation: Conversation;
  now: number;
  onOpen: (id: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        data-testid="with-bot-item"
        data-conversation-id={c.id}
        onClick={() => onOpen(c.id)}
        className="flex w-full items-center gap-2.5 border-t border-violet-100 px-3 py-2 text-left hover:bg-white focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
      >
        <span className="relative">
          <Avatar name={c.contactName} size={28} />
          <ChannelMark channel={c.channel} className="absolute -right-0.5 -bottom-0.5 h-4 w-4" />
        </span>
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline gap-2">
            <span className="truncate text-[13px] font-medium text-zinc-800">{c.contactName}</span>
            <span className="ml-auto shrink-0 text-[11px] tabular-nums text-zinc-500">
              {relativeTime(c.lastActivityAt, now)}
            </span>
          </span>
          <span className="block truncate text-[12px] text-zinc-500">{c.lastMessagePreview || t.list.noPreview}</span>
        </span>
      </button>
    </li>
  );
}

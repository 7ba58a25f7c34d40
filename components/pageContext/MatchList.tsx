import type { ContactMatch } from '@/core/api/pageContext';
import { t } from '@/utils/i18n';
import { formatPhone } from '@/utils/pageContext/normalize';
import { Avatar } from '../common/Avatar';
import { ChannelMark } from '../common/ChannelMark';

const shown = (value: string) => (value.includes('@') ? value : formatPhone(value));

/** "This page": the customers Sidedesk knows among the page's numbers and emails, best match first. */
export function MatchList({ matches, onOpen }: { matches: ContactMatch[]; onOpen: (match: ContactMatch) => void }) {
  const p = t.pageContext;
  return (
    <ul aria-label={p.title} className="min-h-0 flex-1 overflow-y-auto">
      {matches.map((m) => (
        <li key={m.contact.id} className="border-b border-zinc-100">
          <button
            type="button"
            data-testid="page-match"
            data-contact-id={m.contact.id}
            onClick={() => onOpen(m)}
            className="flex w-full items-start gap-2.5 px-3 py-2.5 text-left hover:bg-zinc-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500"
          >
            <Avatar name={m.contact.name} size={32} />
            <span className="min-w-0 flex-1">
              <span className="flex items-center gap-1.5">
                <span data-testid="page-match-name" className="truncate font-semibold text-zinc-900">
                  {m.contact.name}
                </span>
                <ChannelMark channel={m.contact.channel} className="h-3.5 w-3.5 shrink-0" />
              </span>
              <span className="block break-words text-[12px] text-zinc-600">
                {p.matched(m.matched.map(shown).join(', '))}
              </span>
              <span
                data-testid="page-match-status"
                className={`mt-0.5 inline-block rounded px-1.5 py-px text-[11px] font-medium ${
                  m.current ? 'bg-emerald-50 text-emerald-800' : 'bg-zinc-100 text-zinc-700'
                }`}
              >
                {m.current ? p.current : p.history(m.conversationCount)}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

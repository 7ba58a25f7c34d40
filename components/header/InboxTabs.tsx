import type { KeyboardEvent } from 'react';
import { INBOXES, type InboxName, type Layout } from '@/core/inbox';
import { t } from '@/utils/i18n';

interface Props {
  layout: Layout;
  value: InboxName;
  /** null: not known yet (the inbox is still reading); the pill stays, empty. */
  counts: Record<InboxName, number | null>;
  onChange: (inbox: InboxName) => void;
}

/** The layout's inboxes as tabs with counts; arrow keys move between them (WAI-ARIA tabs). */
export function InboxTabs({ layout, value, counts, onChange }: Props) {
  const inboxes = INBOXES[layout];
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = inboxes.indexOf(value);
    const next = inboxes[(i + (e.key === 'ArrowRight' ? 1 : inboxes.length - 1)) % inboxes.length];
    onChange(next);
    e.currentTarget.parentElement?.querySelector<HTMLElement>(`[data-inbox="${next}"]`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t.inboxTabsLabel} className="flex gap-1 border-b border-zinc-200 px-3">
      {inboxes.map((inbox) => {
        const selected = inbox === value;
        return (
          <button
            key={inbox}
            type="button"
            role="tab"
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            data-inbox={inbox}
            data-testid={`inbox-tab-${inbox}`}
            onClick={() => onChange(inbox)}
            onKeyDown={onKeyDown}
            className={`-mb-px flex items-center gap-1.5 border-b-2 px-2 py-2 text-[13px] font-medium transition-colors focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              selected ? 'border-indigo-600 text-zinc-900' : 'border-transparent text-zinc-500 hover:text-zinc-800'
            }`}
          >
            {t.inboxes[inbox]}
            <span
              data-testid={`inbox-count-${inbox}`}
              className={`min-w-5 rounded-full px-1.5 text-center text-[11px] leading-[18px] tabular-nums ${
                selected ? 'bg-indigo-600 text-white' : 'bg-zinc-100 text-zinc-600'
              }`}
            >
              {counts[inbox] ?? ''}
            </span>
          </button>
        );
      })}
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { t } from '@/utils/i18n';

/** One tab at the bottom of the thread. Features add theirs to the list ThreadView passes. */
export interface ThreadTab {
  id: string;
  label: string;
  render: () => ReactNode;
  /** The open tab's colour matches its content: amber for private notes, indigo for the AI. */
  tone?: 'amber' | 'indigo';
}

const SELECTED = { amber: 'bg-amber-100 text-amber-900', indigo: 'bg-indigo-50 text-indigo-800' } as const;

/**
 * A tab bar under the thread that opens one panel at a time; the open tab's button closes it
 * again, so the thread gets its room back in the narrow panel. Open, it takes at most a quarter of the
 * height: the thread stays the main thing. With the composer's suggestions also
 * open, both shrink (and scroll) rather than push the reply box off screen.
 */
export function ThreadTabs({ tabs }: { tabs: ThreadTab[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const current = tabs.find((tab) => tab.id === open);
  return (
    <div className="flex min-h-0 flex-col border-t border-zinc-200 bg-white">
      <div role="tablist" aria-label={t.lifecycle.tabs.label} className="flex shrink-0 gap-1 px-2 pt-1.5">
        {tabs.map((tab) => {
          const selected = tab.id === open;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`thread-tab-${tab.id}`}
              data-testid={`thread-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`thread-tabpanel-${tab.id}`}
              onClick={() => setOpen(selected ? null : tab.id)}
              className={`rounded-md px-2.5 py-1 text-[12px] font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                selected ? SELECTED[tab.tone ?? 'amber'] : 'text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`thread-tabpanel-${current.id}`}
          aria-labelledby={`thread-tab-${current.id}`}
          className="max-h-[25vh] min-h-0 overflow-y-auto px-3 pb-2 pt-1.5"
        >
          {current.render()}
        </div>
      )}
      {!current && <div className="h-1.5" />}
    </div>
  );
}

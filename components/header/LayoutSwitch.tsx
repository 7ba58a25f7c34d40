import { LAYOUTS, type Layout } from '@/core/inbox';
import { t } from '@/utils/i18n';

/** Classic / Beta as a two-option segmented control (a radio group for assistive tech). */
export function LayoutSwitch({ value, onChange }: { value: Layout; onChange: (layout: Layout) => void }) {
  return (
    <div role="radiogroup" aria-label={t.layout.label} className="inline-flex shrink-0 rounded-md bg-zinc-100 p-0.5">
      {LAYOUTS.map((layout) => (
        <button
          key={layout}
          type="button"
          role="radio"
          aria-checked={value === layout}
          data-testid={`layout-${layout}`}
          onClick={() => onChange(layout)}
          className={`rounded px-2 py-0.5 text-[11px] font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 ${
            value === layout ? 'bg-white text-zinc-900 shadow-sm' : 'text-zinc-600 hover:text-zinc-900'
          }`}
        >
          {t.layout[layout]}
        </button>
      ))}
    </div>
  );
}

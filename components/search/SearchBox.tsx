import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '@/utils/i18n';
import { SearchIcon } from '../common/icons';

/**
 * The search field at the top of the list. "/" reaches it through the shortcut table (it carries
 * the search target mark); Ctrl/Cmd+K, a chord the single-key table does not hold, is listened
 * for here. Esc clears a query before it leaves the field.
 */
export function SearchBox({
  value,
  onChange,
  aside,
}: {
  value: string;
  onChange: (q: string) => void;
  /** Beside the field (the page-context button). */
  aside?: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="flex shrink-0 items-center gap-2 border-b border-zinc-200 bg-white px-3 py-2">
      <label className="relative block min-w-0 flex-1">
        <span className="sr-only">{t.lifecycle.search.label}</span>
        <SearchIcon className="pointer-events-none absolute left-2.5 top-1/2 h-3.5 w-3.5 -translate-y-1/2 text-zinc-400" />
        <input
          ref={input}
          type="search"
          data-testid="search-input"
          data-shortcut-target="search"
          value={value}
          placeholder={t.lifecycle.search.placeholder}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && value) {
              e.stopPropagation();
              e.preventDefault();
              onChange('');
            }
          }}
          className="block w-full rounded-md border border-zinc-200 bg-zinc-50 py-1.5 pl-8 pr-2 text-[12.5px] placeholder:text-zinc-400 focus:border-indigo-400 focus:bg-white focus:outline-none focus:ring-2 focus:ring-indigo-100"
        />
      </label>
      {aside}
    </div>
  );
}

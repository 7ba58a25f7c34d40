import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Tag } from '@/core/model';
import { t } from '@/utils/i18n';

/**
 * "+ Add tag", then a small search box over the tags the customer does not carry: type to narrow,
 * arrows to move, Enter to add, Esc to close. The popup stays open for adding several in a row.
 */
export function TagPicker({ available, onPick }: { available: Tag[]; onPick: (tag: Tag) => void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const matches = available.filter((tag) => tag.name.toLowerCase().includes(query.trim().toLowerCase()));
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const refocus = useRef(false);
  useEffect(() => {
    if (!open && refocus.current) buttonRef.current?.focus();
    refocus.current = false;
  }, [open]);
  /** Esc gives the focus back to "+ Add tag"; leaving the picker by Tab or click does not take it back. */
  const close = (giveFocusBack: boolean) => {
    refocus.current = giveFocusBack;
    setOpen(false);
    setQuery('');
    setActive(0);
  };
  const pick = (tag: Tag | undefined) => {
    if (!tag) return;
    onPick(tag);
    setQuery('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (matches.length > 0) setActive((current + step + matches.length) % matches.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(matches[current]);
    } else if (e.key === 'Escape') {
      // Handled here: the thread's Esc (back to the list) must not fire as well.
      e.preventDefault();
      close(true);
    }
  };

  if (!open) {
    return (
      <button
        ref={buttonRef}
        type="button"
        data-testid="tag-add"
        onClick={() => setOpen(true)}
        className="rounded-full border border-dashed border-zinc-300 px-2 py-0.5 text-[11.5px] leading-4 text-zinc-600 hover:border-zinc-400 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        + {t.customer.addTag}
      </button>
    );
  }
  return (
    <div className="relative w-full" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && close(false)}>
      <input
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the agent just opened the picker; typing goes straight into its search
        autoFocus
        data-testid="tag-search"
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={matches[current] ? `${listId}-${matches[current].id}` : undefined}
        aria-label={t.customer.tagSearch}
        placeholder={t.customer.tagSearch}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-zinc-300 px-2 py-1 text-[12.5px] outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/20"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t.customer.tags}
        className="absolute inset-x-0 top-full z-20 mt-1 max-h-48 overflow-y-auto rounded-md border border-zinc-200 bg-white py-1 shadow-lg"
      >
        {matches.length === 0 && <li className="px-2 py-1.5 text-[12px] text-zinc-500">{t.customer.noMatchingTags}</li>}
        {matches.map((tag, i) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys belong to the combobox (aria-activedescendant); an option only takes clicks
          <li
            key={tag.id}
            id={`${listId}-${tag.id}`}
            role="option"
            aria-selected={i === current}
            data-testid="tag-option"
            tabIndex={-1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(tag)}
            onMouseEnter={() => setActive(i)}
            className={`flex cursor-pointer items-center gap-2 px-2 py-1.5 text-[12.5px] ${i === current ? 'bg-indigo-50 text-zinc-900' : 'text-zinc-700'}`}
          >
            <span className="h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: tag.color }} aria-hidden />
            <span className="truncate">{tag.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '@/utils/keyboard/shortcuts';
import { useAiSwitches } from '../hooks/useAiSwitches';
import { useT } from '../hooks/I18nProvider';
import { LanguagePicker } from '../settings/LanguagePicker';
import { ShortcutKeys } from './ShortcutKeys';

/** Every shortcut, rendered from the same table that drives the keys, plus the language switch. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialogRef = useRef<HTMLDivElement>(null);
  // An AI feature's keys are listed only while the admin has it on.
  const ai = useAiSwitches();
  const shortcuts = SHORTCUTS.filter((s) => !s.feature || ai[s.feature]);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialogRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      className="fixed inset-0 z-20 flex items-end justify-center bg-zinc-900/30 p-2 sm:items-center"
      onClick={onClose}
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        tabIndex={-1}
        data-testid="help-overlay"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}
        className="max-h-full w-full max-w-sm overflow-y-auto rounded-xl bg-white p-4 shadow-xl outline-none ring-1 ring-zinc-200"
      >
        <div className="mb-3 flex items-center">
          <h2 id="help-title" className="text-[13.5px] font-semibold text-zinc-900">
            {t.keyboard.title}
          </h2>
          <button
            type="button"
            data-testid="help-close"
            onClick={onClose}
            className="ml-auto rounded px-2 py-0.5 text-[12px] font-medium text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-indigo-500"
          >
            {t.keyboard.close}
          </button>
        </div>
        <ul className="divide-y divide-zinc-100" data-testid="shortcut-list">
          {shortcuts.map((shortcut) => (
            <li
              key={shortcut.id}
              data-shortcut={shortcut.id}
              className="flex items-center justify-between gap-3 py-1.5"
            >
              <span className="text-[12.5px] text-zinc-700">{t.keyboard.shortcuts[shortcut.id]}</span>
              <ShortcutKeys shortcut={shortcut} />
            </li>
          ))}
        </ul>
        <div className="mt-3 border-t border-zinc-200 pt-3 text-[12.5px]">
          <LanguagePicker id="panel-language" />
        </div>
      </div>
    </div>
  );
}

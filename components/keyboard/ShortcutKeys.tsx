import type { Shortcut } from '@/utils/keyboard/shortcuts';
import { useT } from '../hooks/I18nProvider';

/** A shortcut's keys as <kbd> chips: "↓ or j". */
export function ShortcutKeys({ shortcut }: { shortcut: Shortcut }) {
  const t = useT();
  return (
    <span className="flex shrink-0 items-center gap-1">
      {shortcut.keys.map((key, i) => (
        <span key={key} className="flex items-center gap-1">
          {i > 0 && <span className="text-[11px] text-zinc-400">{t.keyboard.or}</span>}
          <kbd className="min-w-5 rounded border border-zinc-300 bg-zinc-50 px-1.5 text-center font-mono text-[11px] leading-5 text-zinc-700 shadow-[0_1px_0_rgba(0,0,0,0.08)]">
            {t.keyboard.keys[key] ?? key}
          </kbd>
        </span>
      ))}
    </span>
  );
}

import { SHORTCUTS } from '@/utils/keyboard/shortcuts';
import { Dialog } from '../common/Dialog';
import { useAiSwitches } from '../hooks/useAiSwitches';
import { useT } from '../hooks/I18nProvider';
import { LanguagePicker } from '../settings/LanguagePicker';
import { ShortcutKeys } from './ShortcutKeys';

/** Every shortcut, rendered from the same table that drives the keys, plus the language switch. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useT();
  // An AI feature's keys are listed only while the admin has it on.
  const ai = useAiSwitches();
  const shortcuts = SHORTCUTS.filter((s) => !s.feature || ai[s.feature]);
  const close = (
    <button
      type="button"
      data-testid="help-close"
      onClick={onClose}
      className="ml-auto rounded px-2 py-0.5 text-[12px] font-medium text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      {t.keyboard.close}
    </button>
  );
  return (
    <Dialog title={t.keyboard.title} testId="help-overlay" onClose={onClose} titleEnd={close}>
      <ul className="divide-y divide-zinc-100" data-testid="shortcut-list">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.id} data-shortcut={shortcut.id} className="flex items-center justify-between gap-3 py-1.5">
            <span className="text-[12.5px] text-zinc-700">{t.keyboard.shortcuts[shortcut.id]}</span>
            <ShortcutKeys shortcut={shortcut} />
          </li>
        ))}
      </ul>
      <div className="mt-3 border-t border-zinc-200 pt-3 text-[12.5px]">
        <LanguagePicker id="panel-language" />
      </div>
    </Dialog>
  );
}

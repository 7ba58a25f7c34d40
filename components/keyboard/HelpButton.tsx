import { useT } from '../hooks/I18nProvider';

/** The "?" in the header: opens the shortcuts and language overlay for mouse users too. */
export function HelpButton({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      aria-label={t.keyboard.open}
      title={t.keyboard.open}
      data-testid="open-help"
      onClick={onClick}
      className="flex h-6 w-6 shrink-0 items-center justify-center rounded text-[12px] font-semibold text-zinc-500 hover:bg-zinc-100 hover:text-zinc-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      ?
    </button>
  );
}

import { t } from '@/utils/i18n';

/** Beside the search box: reads the page next to the panel on this click only. */
export function ThisPageButton({ onClick }: { onClick: () => void }) {
  return (
    <button
      type="button"
      data-testid="this-page"
      title={t.pageContext.thisPageHint}
      onClick={onClick}
      className="shrink-0 rounded-md border border-zinc-200 bg-white px-2.5 py-1.5 text-[12px] font-medium text-zinc-700 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      {t.pageContext.thisPage}
    </button>
  );
}

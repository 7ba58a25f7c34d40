// Smart suggestions above the reply box: "Suggest" (or s), then three replies; a click or 1-3 puts
// one in the reply box to edit and send, the second action inserts it into the host page's field.
import type { Suggestion } from '@/core/api/ai';
import { suggestionsStale } from '@/utils/ai/staleness';
import type { StoredMessage } from '@/utils/db';
import { t } from '@/utils/i18n';
import { InsertIcon } from '../../common/icons';
import { useShortcuts } from '../../hooks/useShortcuts';
import { CloseIcon, RefreshIcon, SparkleIcon, Spinner } from './aiIcons';
import { useSuggestions } from './useSuggestions';

interface Props {
  conversationId: string;
  /** The thread as shown, to tell when a newer customer message made the suggestions stale. */
  messages: StoredMessage[] | undefined;
  onFill: (text: string) => void;
  onInsert: (text: string) => void;
}

const chip =
  'inline-flex items-center gap-1 rounded-md px-2 py-1 text-[11.5px] font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-60';

export function SuggestionsBar({ conversationId, messages, onFill, onInsert }: Props) {
  const { result, busy, error, ask, dismiss } = useSuggestions(conversationId);
  const suggestions = result?.suggestions ?? [];
  const stale = result !== null && suggestionsStale(result.basedOnMessageId, messages ?? []);
  useShortcuts({
    suggest: () => {
      if (!busy) void ask(result !== null);
    },
    ...(suggestions.length > 0 && {
      useSuggestion: (match) => {
        const picked = suggestions[Number(match.key) - 1];
        if (picked) onFill(picked.text);
      },
    }),
  });

  return (
    <section aria-label={t.ai.suggest.label} data-testid="suggestions" className="mb-1.5 flex min-h-0 flex-col">
      <div className="flex items-center gap-1">
        {result === null ? (
          <button
            type="button"
            data-testid="suggest-button"
            disabled={busy}
            title={t.ai.suggest.buttonLabel}
            aria-keyshortcuts="s"
            onClick={() => void ask(false)}
            className={`${chip} text-indigo-700 hover:bg-indigo-50`}
          >
            {busy ? <Spinner className="border-indigo-200 border-t-indigo-600" /> : <SparkleIcon />}
            {busy ? t.ai.suggest.thinking : t.ai.suggest.button}
            {!busy && (
              <kbd
                aria-hidden
                className="ml-0.5 rounded border border-indigo-200 px-1 font-mono text-[10px] leading-4 text-indigo-700"
              >
                s
              </kbd>
            )}
          </button>
        ) : (
          <>
            <span data-testid="suggestions-engine" className="flex items-center gap-1 px-1 text-[11px] text-zinc-500">
              <SparkleIcon className="text-indigo-500" />
              {t.ai.suggest.engine[result.engine]}
            </span>
            <button
              type="button"
              data-testid="suggestions-refresh"
              disabled={busy}
              title={t.ai.suggest.refreshLabel}
              onClick={() => void ask(true)}
              className={`${chip} ml-auto text-zinc-600 hover:bg-zinc-100`}
            >
              {busy ? <Spinner /> : <RefreshIcon />}
              {busy ? t.ai.suggest.thinking : t.ai.suggest.refresh}
            </button>
            <button
              type="button"
              data-testid="suggestions-close"
              aria-label={t.ai.suggest.close}
              title={t.ai.suggest.close}
              onClick={dismiss}
              className={`${chip} px-1.5 text-zinc-500 hover:bg-zinc-100`}
            >
              <CloseIcon />
            </button>
          </>
        )}
        <span role="status" className="sr-only">
          {busy ? t.ai.suggest.thinking : ''}
        </span>
      </div>
      {error && (
        <p
          role="alert"
          data-testid="suggestions-error"
          className="mt-1 rounded-md bg-rose-50 px-2 py-1 text-[11.5px] text-rose-800 ring-1 ring-inset ring-rose-200"
        >
          {error}
        </p>
      )}
      {stale && (
        <p data-testid="suggestions-stale" className="mt-1 px-1 text-[11px] text-amber-800">
          {t.ai.suggest.stale}
        </p>
      )}
      {result !== null && suggestions.length === 0 && (
        <p className="mt-1 px-1 text-[11.5px] text-zinc-500">{t.ai.suggest.none}</p>
      )}
      {suggestions.length > 0 && (
        <ol className={`mt-1 flex max-h-[30vh] min-h-0 flex-col gap-1 overflow-y-auto ${stale ? 'opacity-70' : ''}`}>
          {suggestions.map((s, i) => (
            <SuggestionRow key={`${i}:${s.text}`} n={i + 1} suggestion={s} onFill={onFill} onInsert={onInsert} />
          ))}
        </ol>
      )}
    </section>
  );
}

function SuggestionRow({
  n,
  suggestion: s,
  onFill,
  onInsert,
}: {
  n: number;
  suggestion: Suggestion;
  onFill: (text: string) => void;
  onInsert: (text: string) => void;
}) {
  return (
    <li data-testid="suggestion" data-index={n} className="flex items-stretch gap-1">
      <button
        type="button"
        data-testid="suggestion-use"
        onClick={() => onFill(s.text)}
        className="flex min-w-0 flex-1 items-start gap-2 rounded-md bg-indigo-50/60 px-2 py-1.5 text-left ring-1 ring-inset ring-indigo-100 hover:bg-indigo-50 hover:ring-indigo-200 focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        {/* The name starts with what it does and goes on with the visible text (WCAG 2.5.3). */}
        <span className="sr-only">{t.ai.suggest.use(n)}: </span>
        <kbd
          aria-hidden
          className="mt-px shrink-0 rounded border border-indigo-200 bg-white px-1 font-mono text-[10px] leading-4 text-indigo-700"
        >
          {n}
        </kbd>
        <span className="min-w-0 flex-1">
          <span className="line-clamp-3 whitespace-pre-wrap [overflow-wrap:anywhere] text-[12.5px] leading-snug text-zinc-900">
            {s.text}
          </span>
          {s.source && (
            <span data-testid="suggestion-source" className="mt-0.5 block truncate text-[10.5px] text-indigo-700">
              {t.ai.suggest.fromQuickReply(s.source.title)}
            </span>
          )}
        </span>
      </button>
      <button
        type="button"
        data-testid="suggestion-insert"
        aria-label={`${t.ai.suggest.insert} (${n})`}
        title={t.ai.suggest.insert}
        onClick={() => onInsert(s.text)}
        className="flex w-7 shrink-0 items-center justify-center rounded-md text-zinc-500 ring-1 ring-inset ring-zinc-200 hover:bg-zinc-100 hover:text-zinc-800 focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <InsertIcon width={14} height={14} />
      </button>
    </li>
  );
}

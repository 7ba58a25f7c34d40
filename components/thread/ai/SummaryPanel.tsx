// The AI summary tab: the newest summary, earlier ones folded away, and "Summarize now" (which
// waits for 5 messages, as the server does, and says "Thinking…" while the model works).
import { useEffect, useState } from 'react';
import { aiErrorText } from '@/utils/ai/aiErrorText';
import { messagesMissing } from '@/utils/ai/summaryRule';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { SparkleIcon, Spinner } from './aiIcons';
import { SummaryCard, summaryHeadline } from './SummaryCard';
import { useSummaries } from './useSummaries';

export function SummaryPanel({ conversationId, now }: { conversationId: string; now: number }) {
  const state = useSummaries(conversationId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Summaries made before this conversation reached our copy come only from the server.
  useEffect(() => {
    void sendMessage('loadSummaries', { conversationId }).catch(() => undefined);
  }, [conversationId]);

  if (!state)
    return (
      <p role="status" className="text-[12px] text-zinc-500">
        {t.ai.summary.loading}
      </p>
    );
  const missing = messagesMissing(state.messageCount);
  const [newest, ...earlier] = state.summaries;
  const summarize = async () => {
    setBusy(true);
    setError(null);
    try {
      await sendMessage('summarize', { conversationId });
    } catch (err) {
      setError(aiErrorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="summary-panel" className="flex flex-col gap-2.5">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          data-testid="summarize-now"
          disabled={busy || missing > 0}
          aria-describedby={missing > 0 ? 'summary-needs-more' : undefined}
          onClick={() => void summarize()}
          className="inline-flex items-center gap-1.5 rounded-md bg-indigo-600 px-2.5 py-1 text-[12px] font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:bg-zinc-200 disabled:text-zinc-500 disabled:shadow-none"
        >
          {busy ? <Spinner className="border-white/40 border-t-white" /> : <SparkleIcon />}
          {busy ? t.ai.summary.thinking : t.ai.summary.summarizeNow}
        </button>
        <span role="status" className="sr-only">
          {busy ? t.ai.summary.thinking : ''}
        </span>
      </div>
      {missing > 0 && (
        <p id="summary-needs-more" data-testid="summary-needs-more" className="text-[11.5px] text-zinc-500">
          {t.ai.summary.needMore(state.messageCount, missing)}
        </p>
      )}
      {error && (
        <p
          role="alert"
          data-testid="summary-error"
          className="rounded-md bg-rose-50 px-2.5 py-1.5 text-[12px] text-rose-800 ring-1 ring-inset ring-rose-200"
        >
          {error}
        </p>
      )}
      {newest ? (
        <SummaryCard summary={newest} now={now} />
      ) : (
        <p data-testid="summary-empty" className="text-[12px] text-zinc-500">
          {t.ai.summary.empty}
        </p>
      )}
      {earlier.length > 0 && (
        <details data-testid="summary-earlier" className="rounded-md ring-1 ring-zinc-200">
          <summary className="cursor-pointer rounded-md px-2 py-1 text-[12px] font-medium text-zinc-600 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-500">
            {t.ai.summary.earlier(earlier.length)}
          </summary>
          <ul className="flex flex-col divide-y divide-zinc-100 px-2 pb-1">
            {earlier.map((s) => (
              <li key={s.id} className="py-1">
                <details>
                  <summary className="cursor-pointer rounded px-1 py-0.5 text-[11.5px] text-zinc-600 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-indigo-500">
                    {summaryHeadline(s, now)}
                  </summary>
                  <div className="px-1 pb-1 pt-1.5">
                    <SummaryCard summary={s} now={now} headline={false} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

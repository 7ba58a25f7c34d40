import type { Summary } from '@/core/model';
import { aiErrorText } from '@/utils/ai/aiErrorText';
import { clockTime, dayLabel } from '@/utils/format/time';
import { t } from '@/utils/i18n';

/** Trigger, time and what made it: "On transfer · Today 14:02 · Written by gpt-4o-mini". */
export function summaryHeadline(s: Summary, now: number): string {
  const engine =
    s.engine === 'chat_model'
      ? s.model
        ? t.ai.summary.writtenBy(s.model)
        : t.ai.summary.writtenByModel
      : t.ai.summary.collectedOnly;
  return `${t.ai.summary.triggers[s.trigger]} · ${dayLabel(s.createdAt, now)} ${clockTime(s.createdAt)} · ${engine}`;
}

const heading = 'mb-0.5 text-[10.5px] font-semibold uppercase tracking-wide text-zinc-500';

/** One summary: the written part (with the open request and promises), then the collected answers. */
export function SummaryCard({
  summary: s,
  now,
  headline = true,
}: {
  summary: Summary;
  now: number;
  headline?: boolean;
}) {
  return (
    <article data-testid="summary-card" data-summary-id={s.id} className="flex flex-col gap-2 text-[12.5px]">
      {headline && (
        <p data-testid="summary-headline" className="text-[11px] text-zinc-500">
          {summaryHeadline(s, now)} · {t.ai.summary.messages(s.messageCount)}
        </p>
      )}
      {s.written && (
        <div className="flex flex-col gap-1.5">
          <p data-testid="summary-written" className="whitespace-pre-wrap [overflow-wrap:anywhere] text-zinc-900">
            {s.written.summary}
          </p>
          {s.written.openRequest && (
            <p className="rounded-md bg-indigo-50 px-2 py-1 text-indigo-950 ring-1 ring-inset ring-indigo-100">
              <span className="font-semibold">{t.ai.summary.openRequest}:</span> {s.written.openRequest}
            </p>
          )}
          {s.written.promises.length > 0 && (
            <div>
              <p className={heading}>{t.ai.summary.promises}</p>
              <ul className="list-disc pl-4 text-zinc-800">
                {s.written.promises.map((promise, i) => (
                  <li key={i}>{promise}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {!s.written && s.error && (
        <p className="text-[11.5px] text-amber-800">{t.ai.summary.writtenFailed(aiErrorText(s.error))}</p>
      )}
      {s.botAnswers.length > 0 && (
        <Pairs
          title={t.ai.summary.botAnswers}
          testId="summary-bot-answers"
          rows={s.botAnswers.map((a) => ({ term: a.question, value: a.answer }))}
        />
      )}
      {s.formAnswers.length > 0 && (
        <Pairs
          title={t.ai.summary.formAnswers}
          testId="summary-form-answers"
          rows={s.formAnswers.map((a) => ({
            term: a.name,
            value: a.value,
            note: a.fieldKey ? t.ai.summary.savedToField(a.fieldKey) : undefined,
          }))}
        />
      )}
    </article>
  );
}

function Pairs({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { term: string; value: string; note?: string }[];
  testId: string;
}) {
  return (
    <div data-testid={testId}>
      <p className={heading}>{title}</p>
      <dl className="divide-y divide-zinc-100 rounded-md ring-1 ring-zinc-200">
        {rows.map((row, i) => (
          <div key={i} className="px-2 py-1">
            <dt className="text-[11.5px] text-zinc-500">{row.term}</dt>
            <dd className="[overflow-wrap:anywhere] text-zinc-900">
              {row.value}
              {row.note && <span className="ml-1.5 text-[10.5px] text-emerald-700">· {row.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

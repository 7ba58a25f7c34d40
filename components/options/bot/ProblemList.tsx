// The flow's problems in one list, each naming its step (and, in the JSON view, its line).
import type { FlowProblem } from '@/core/api/bot';
import { t } from '@/utils/i18n';

export function ProblemList({ problems, lineOf }: { problems: FlowProblem[]; lineOf?: (p: FlowProblem) => number }) {
  if (problems.length === 0) return null;
  return (
    <div
      role="alert"
      data-testid="bot-problems"
      className="mt-4 rounded-md bg-rose-50 px-3 py-2 text-rose-800 ring-1 ring-inset ring-rose-200"
    >
      <p className="font-medium">{t.bot.admin.problemsTitle(problems.length)}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-[12.5px]">
        {problems.map((p, i) => (
          <li key={i} data-testid="bot-problem" data-step={p.stepId ?? ''}>
            {lineOf && <span className="font-mono">{t.bot.admin.atLine(lineOf(p))} · </span>}
            {p.stepId && <span className="font-mono">{p.stepId}: </span>}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

// The flow as JSON, the fallback for what the steps editor does not cover: line numbers in a gutter
// (problem lines marked), a syntax error at its line, the flow's problems at theirs.
import { useRef } from 'react';
import type { FlowProblem } from '@/core/api/bot';
import { lineOfPath } from '@/utils/bot/jsonLines';
import { t } from '@/utils/i18n';
import { ProblemList } from './ProblemList';

interface Props {
  text: string;
  onChange: (text: string) => void;
  problems: FlowProblem[];
  syntaxError: { line: number; message: string } | null;
  lines: Map<string, number> | null;
}

export function FlowJsonEditor({ text, onChange, problems, syntaxError, lines }: Props) {
  const gutter = useRef<HTMLDivElement>(null);
  const lineOf = (p: FlowProblem) => (lines ? lineOfPath(lines, p.path) : 1);
  const marked = new Set(syntaxError ? [syntaxError.line] : problems.map(lineOf));
  const count = text.split('\n').length;
  return (
    <div>
      <p id="bot-json-hint" className="mb-1.5 text-[12px] text-zinc-500">
        {t.bot.admin.jsonHint}
      </p>
      <div className="flex h-96 overflow-hidden rounded-md border border-zinc-300 bg-white font-mono text-[12px] leading-[18px] shadow-sm focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-500/30">
        <div
          ref={gutter}
          aria-hidden="true"
          className="shrink-0 overflow-hidden border-r border-zinc-200 bg-zinc-50 py-2 text-right text-zinc-500 select-none"
        >
          {Array.from({ length: count }, (_, i) => (
            <div
              key={i}
              data-testid={marked.has(i + 1) ? 'bot-json-marked-line' : undefined}
              className={`px-2 ${marked.has(i + 1) ? 'bg-rose-100 font-semibold text-rose-700' : ''}`}
            >
              {i + 1}
            </div>
          ))}
        </div>
        <textarea
          data-testid="bot-json"
          aria-label={t.bot.admin.json}
          aria-describedby="bot-json-hint"
          aria-invalid={syntaxError !== null || problems.length > 0}
          spellCheck={false}
          wrap="off"
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          className="min-w-0 flex-1 resize-none overflow-auto bg-transparent px-2 py-2 text-zinc-900 focus:outline-none"
        />
      </div>
      {syntaxError ? (
        <p
          role="alert"
          data-testid="bot-json-error"
          className="mt-3 rounded-md bg-rose-50 px-3 py-2 text-rose-800 ring-1 ring-inset ring-rose-200"
        >
          <span className="font-mono">{t.bot.admin.atLine(syntaxError.line)}</span> · {t.bot.admin.jsonInvalid}:{' '}
          {syntaxError.message}
        </p>
      ) : (
        <ProblemList problems={problems} lineOf={lineOf} />
      )}
    </div>
  );
}

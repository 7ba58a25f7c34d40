// One step of the flow: its kind, id, order controls and removal, the fields of its kind, and the
// problems found in it (here or by the server).
import type { FlowProblem } from '@/core/api/bot';
import type { Flow, FlowStep } from '@/core/bot/flow';
import type { Agent, FieldDefinition } from '@/core/model';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, quietButton } from '../admin/ui';
import { FlowFormFields } from './FlowFormFields';
import { MenuOptions } from './MenuOptions';
import { HandoverFields, MessageFields, QuestionFields } from './StepFields';

interface Props {
  index: number;
  step: FlowStep;
  flow: Flow;
  fields: FieldDefinition[];
  agents: Agent[];
  problems: FlowProblem[];
  isStart: boolean;
  onChange: (step: FlowStep) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

const KIND_TONE: Record<FlowStep['kind'], string> = {
  message: 'bg-sky-50 text-sky-800 ring-sky-200',
  question: 'bg-amber-50 text-amber-900 ring-amber-200',
  menu: 'bg-violet-50 text-violet-800 ring-violet-200',
  flowForm: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  handover: 'bg-rose-50 text-rose-800 ring-rose-200',
};

export function StepCard(props: Props) {
  const { index, step, flow, problems, isStart, onChange, onMove, onRemove } = props;
  const b = t.bot.admin;
  const prefix = `bot-step-${index}`;
  const body = { step, prefix, flow, onChange } as const;
  return (
    <li
      data-testid="bot-step"
      data-step-id={step.id}
      data-kind={step.kind}
      className={`rounded-lg border bg-white p-3 shadow-sm ${problems.length > 0 ? 'border-rose-300 ring-1 ring-rose-200' : 'border-zinc-200'}`}
    >
      <div className="mb-3 flex flex-wrap items-end gap-2">
        <span className={`rounded px-1.5 py-0.5 text-[11px] font-semibold ring-1 ring-inset ${KIND_TONE[step.kind]}`}>
          {index + 1}. {b.kinds[step.kind]}
        </span>
        {isStart && <span className="text-[11px] font-medium text-indigo-700">▶ {b.start}</span>}
        <div className="ml-auto flex items-center gap-0.5">
          <button
            type="button"
            className={quietButton}
            aria-label={b.moveUp(step.id)}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            ▲
          </button>
          <button
            type="button"
            className={quietButton}
            aria-label={b.moveDown(step.id)}
            disabled={index === flow.steps.length - 1}
            onClick={() => onMove(1)}
          >
            ▼
          </button>
          <button
            type="button"
            className={`${quietButton} text-rose-700`}
            aria-label={b.removeStep(step.id)}
            data-testid="bot-step-remove"
            disabled={flow.steps.length === 1}
            onClick={onRemove}
          >
            {b.remove}
          </button>
        </div>
      </div>
      <div className="mb-3 max-w-[14rem]">
        <label htmlFor={`${prefix}-id`} className={labelClass}>
          {b.stepId}
        </label>
        <input
          id={`${prefix}-id`}
          data-testid="bot-step-id"
          className={`${inputClass} font-mono`}
          value={step.id}
          maxLength={64}
          onChange={(e) => onChange({ ...step, id: e.target.value })}
        />
      </div>
      {step.kind === 'message' && <MessageFields {...body} step={step} />}
      {step.kind === 'question' && <QuestionFields {...body} step={step} fields={props.fields} />}
      {step.kind === 'menu' && <MenuOptions {...body} step={step} />}
      {step.kind === 'flowForm' && <FlowFormFields {...body} step={step} />}
      {step.kind === 'handover' && <HandoverFields {...body} step={step} agents={props.agents} />}
      {problems.length > 0 && (
        <ul data-testid="bot-step-problems" className="mt-3 space-y-0.5 text-[12px] text-rose-700">
          {problems.map((p, i) => (
            <li key={i}>
              <span className="font-mono">{p.path.slice(2).join('.') || step.id}</span>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

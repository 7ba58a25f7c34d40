// The flow as a list of step cards: where it starts, each step (move, remove, edit by kind), and
// buttons that add a step of each kind at the end.
import type { FlowProblem } from '@/core/api/bot';
import type { Flow } from '@/core/bot/flow';
import type { Agent, FieldDefinition } from '@/core/model';
import { addStep, moveStep, newStep, removeStep, STEP_KINDS, updateStep } from '@/utils/bot/flowDraft';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, secondaryButton } from '../admin/ui';
import { StepCard } from './StepCard';

interface Props {
  flow: Flow;
  fields: FieldDefinition[];
  agents: Agent[];
  problems: FlowProblem[];
  onChange: (flow: Flow) => void;
}

export function FlowStepsEditor({ flow, fields, agents, problems, onChange }: Props) {
  const b = t.bot.admin;
  return (
    <div data-testid="bot-steps">
      <div className="mb-3 max-w-xs">
        <label htmlFor="bot-start" className={labelClass}>
          {b.start}
        </label>
        <select
          id="bot-start"
          data-testid="bot-start"
          className={inputClass}
          value={flow.startStepId}
          onChange={(e) => onChange({ ...flow, startStepId: e.target.value })}
        >
          {flow.steps.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} · {b.kinds[s.kind]}
            </option>
          ))}
        </select>
      </div>
      <ol className="space-y-3">
        {flow.steps.map((step, index) => (
          // By position: an id being retyped must not remount its card (and lose the caret).
          <StepCard
            key={index}
            index={index}
            step={step}
            flow={flow}
            fields={fields}
            agents={agents}
            problems={problems.filter((p) => p.path[0] === 'steps' && p.path[1] === index)}
            isStart={step.id === flow.startStepId}
            onChange={(next) => onChange(updateStep(flow, index, next))}
            onMove={(delta) => onChange(moveStep(flow, index, delta))}
            onRemove={() => onChange(removeStep(flow, index))}
          />
        ))}
      </ol>
      <div className="mt-3 rounded-lg border border-dashed border-zinc-300 p-3">
        <p className={labelClass}>{b.addStep}</p>
        <div className="flex flex-wrap gap-2">
          {STEP_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              data-testid={`bot-add-${kind}`}
              title={b.kindHints[kind]}
              className={secondaryButton}
              onClick={() =>
                onChange(addStep(flow, newStep(flow, kind, fields[0]?.key ?? null, { text: b.kinds[kind] })))
              }
            >
              + {b.kinds[kind]}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

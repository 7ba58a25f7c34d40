// The fields of the simpler step kinds (message, question, handover) and the pieces every kind
// shares: the step's text and the picker of the step that comes next.
import type { Flow, FlowStep } from '@/core/bot/flow';
import type { Agent, FieldDefinition } from '@/core/model';
import { t } from '@/utils/i18n';
import { inputClass, labelClass } from '../admin/ui';

type Of<K extends FlowStep['kind']> = Extract<FlowStep, { kind: K }>;
export interface KindProps<K extends FlowStep['kind']> {
  step: Of<K>;
  prefix: string;
  flow: Flow;
  onChange: (step: FlowStep) => void;
}

function TextField({
  id,
  label,
  value,
  onChange,
  rows = 2,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <textarea
        id={id}
        data-testid="bot-step-text"
        rows={rows}
        maxLength={1024}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${inputClass} resize-y`}
      />
    </div>
  );
}

/** Another step, or null: the end of the flow (which hands over to the New queue). */
export function NextPicker({
  id,
  flow,
  self,
  value,
  onChange,
  label = t.bot.admin.next,
}: {
  id: string;
  flow: Flow;
  self: string;
  value: string | null;
  onChange: (next: string | null) => void;
  label?: string;
}) {
  const missing = value !== null && !flow.steps.some((s) => s.id === value);
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select
        id={id}
        data-testid="bot-step-next"
        className={inputClass}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t.bot.admin.endFlow}</option>
        {missing && <option value={value}>{value} ?</option>}
        {flow.steps
          .filter((s) => s.id !== self)
          .map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} · {t.bot.admin.kinds[s.kind]}
            </option>
          ))}
      </select>
    </div>
  );
}

/** The words the step sends. */
export function StepText({
  step,
  prefix,
  onChange,
}: Omit<KindProps<'message' | 'question' | 'menu' | 'flowForm'>, 'flow'>) {
  return (
    <TextField
      id={`${prefix}-text`}
      label={t.bot.admin.text}
      value={step.text}
      onChange={(text) => onChange({ ...step, text })}
    />
  );
}

/** The step that comes after this one. */
export function StepNext({ step, prefix, flow, onChange }: KindProps<'message' | 'question' | 'flowForm'>) {
  return (
    <NextPicker
      id={`${prefix}-next`}
      flow={flow}
      self={step.id}
      value={step.next}
      onChange={(next) => onChange({ ...step, next })}
    />
  );
}

export function MessageFields({ step, prefix, flow, onChange }: KindProps<'message'>) {
  return (
    <div className="grid gap-3">
      <StepText step={step} prefix={prefix} onChange={onChange} />
      <StepNext step={step} prefix={prefix} flow={flow} onChange={onChange} />
    </div>
  );
}

export function QuestionFields({
  step,
  prefix,
  flow,
  onChange,
  fields,
}: KindProps<'question'> & { fields: FieldDefinition[] }) {
  const b = t.bot.admin;
  const known = fields.some((f) => f.key === step.fieldKey);
  return (
    <div className="grid gap-3">
      <StepText step={step} prefix={prefix} onChange={onChange} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}-field`} className={labelClass}>
            {b.field}
          </label>
          <select
            id={`${prefix}-field`}
            data-testid="bot-step-field"
            className={inputClass}
            value={step.fieldKey}
            onChange={(e) => onChange({ ...step, fieldKey: e.target.value })}
          >
            {!known && <option value={step.fieldKey}>{step.fieldKey || '—'}</option>}
            {fields.map((f) => (
              <option key={f.id} value={f.key}>
                {f.label} · {t.admin.fields.types[f.type]}
              </option>
            ))}
          </select>
          {fields.length === 0 && <p className="mt-1 text-[12px] text-amber-700">{b.noFields}</p>}
        </div>
        <StepNext step={step} prefix={prefix} flow={flow} onChange={onChange} />
      </div>
      <div>
        <label htmlFor={`${prefix}-hint`} className={labelClass}>
          {b.answerHint}
        </label>
        <input
          id={`${prefix}-hint`}
          className={inputClass}
          maxLength={1024}
          value={step.hint ?? ''}
          onChange={(e) => onChange({ ...step, hint: e.target.value === '' ? null : e.target.value })}
        />
      </div>
    </div>
  );
}

const TARGETS = ['queue', 'agent', 'roundRobin'] as const;

export function HandoverFields({ step, prefix, onChange, agents }: KindProps<'handover'> & { agents: Agent[] }) {
  const b = t.bot.admin;
  const active = agents.filter((a) => a.active);
  const pick = (kind: (typeof TARGETS)[number]) =>
    onChange({
      ...step,
      to:
        kind === 'agent'
          ? { kind, agentId: step.to.kind === 'agent' ? step.to.agentId : (active[0]?.id ?? '') }
          : { kind },
    });
  return (
    <div className="grid gap-3">
      <TextField
        id={`${prefix}-text`}
        label={b.handoverText}
        value={step.text ?? ''}
        onChange={(text) => onChange({ ...step, text: text === '' ? null : text })}
      />
      <fieldset>
        <legend className={labelClass}>{b.handoverTo}</legend>
        <div className="flex flex-col gap-1.5">
          {TARGETS.map((kind) => (
            <label key={kind} className="flex items-center gap-2 text-[13px] text-zinc-800">
              <input
                type="radio"
                name={`${prefix}-to`}
                data-testid={`bot-handover-${kind}`}
                checked={step.to.kind === kind}
                onChange={() => pick(kind)}
                className="accent-indigo-600"
              />
              {b.targets[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      {step.to.kind === 'agent' && (
        <div className="max-w-xs">
          <label htmlFor={`${prefix}-agent`} className={labelClass}>
            {b.agent}
          </label>
          <select
            id={`${prefix}-agent`}
            data-testid="bot-handover-agent"
            className={inputClass}
            value={step.to.agentId}
            onChange={(e) => onChange({ ...step, to: { kind: 'agent', agentId: e.target.value } })}
          >
            {!active.some((a) => step.to.kind === 'agent' && a.id === step.to.agentId) && (
              <option value={step.to.agentId}>{step.to.agentId || '—'}</option>
            )}
            {active.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

// One automation rule: on/off, which closings, after how long, where the flow restarts, and an
// optional template sent first.
import type { AutomationRule } from '@/core/api/bot';
import type { FlowStep } from '@/core/bot/flow';
import type { Template } from '@/core/model';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, quietButton } from '../admin/ui';
import { Switch } from '../admin/Switch';

const WHENS: AutomationRule['when'][] = ['positive', 'negative', 'any'];
const MAX_MINUTES = 60 * 24 * 90;

interface Props {
  index: number;
  rule: AutomationRule;
  steps: FlowStep[];
  templates: Template[];
  onChange: (rule: AutomationRule) => void;
  onRemove: () => void;
}

export function AutomationRuleRow({ index, rule, steps, templates, onChange, onRemove }: Props) {
  const a = t.bot.automations;
  const id = `automation-${index}`;
  const missingStep = rule.restartAtStepId !== null && !steps.some((s) => s.id === rule.restartAtStepId);
  return (
    <li data-testid="automation-rule" className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm">
      <div className="mb-3 flex items-center gap-3">
        <p id={`${id}-label`} className="font-medium text-zinc-800">
          {a.rule(index + 1)}
        </p>
        <span className="ml-auto flex items-center gap-2 text-[12px] text-zinc-600">
          {a.enabled}
          <Switch
            labelledBy={`${id}-label`}
            testId="automation-enabled"
            on={rule.enabled}
            disabled={false}
            onToggle={() => onChange({ ...rule, enabled: !rule.enabled })}
          />
        </span>
        <button type="button" className={`${quietButton} text-rose-700`} onClick={onRemove}>
          {a.remove}
        </button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-when`} className={labelClass}>
            {a.when}
          </label>
          <select
            id={`${id}-when`}
            data-testid="automation-when"
            className={inputClass}
            value={rule.when}
            onChange={(e) => onChange({ ...rule, when: e.target.value as AutomationRule['when'] })}
          >
            {WHENS.map((when) => (
              <option key={when} value={when}>
                {a.whens[when]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-after`} className={labelClass}>
            {a.after}
          </label>
          <input
            id={`${id}-after`}
            data-testid="automation-after"
            type="number"
            min={1}
            max={MAX_MINUTES}
            className={inputClass}
            value={rule.afterMinutes}
            onChange={(e) =>
              onChange({
                ...rule,
                afterMinutes: Math.min(MAX_MINUTES, Math.max(1, Math.round(Number(e.target.value) || 1))),
              })
            }
          />
        </div>
        <div>
          <label htmlFor={`${id}-restart`} className={labelClass}>
            {a.restartAt}
          </label>
          <select
            id={`${id}-restart`}
            data-testid="automation-restart"
            className={inputClass}
            value={rule.restartAtStepId ?? ''}
            onChange={(e) => onChange({ ...rule, restartAtStepId: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{a.flowStart}</option>
            {missingStep && <option value={rule.restartAtStepId!}>{rule.restartAtStepId} ?</option>}
            {steps.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id} · {t.bot.admin.kinds[s.kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-template`} className={labelClass}>
            {a.template}
          </label>
          <select
            id={`${id}-template`}
            data-testid="automation-template"
            className={inputClass}
            value={rule.templateId ?? ''}
            onChange={(e) => onChange({ ...rule, templateId: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{a.noTemplate}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name} ({tpl.language})
              </option>
            ))}
          </select>
        </div>
      </div>
    </li>
  );
}

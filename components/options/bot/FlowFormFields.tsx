// A WhatsApp Flow form step: Meta's Flow id, the button that opens it, and the fields it asks (each
// answer lands in the information field with the same key).
import { useState } from 'react';
import type { FlowFormStep } from '@/core/bot/flow';
import type { z } from 'zod';
import { FIELD_TYPES } from '../admin/fieldTypes';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, quietButton } from '../admin/ui';
import { StepNext, StepText, type KindProps } from './StepFields';

type FormField = z.infer<typeof FlowFormStep>['fields'][number];

export function FlowFormFields({ step, prefix, flow, onChange }: KindProps<'flowForm'>) {
  const b = t.bot.admin;
  const setField = (i: number, patch: Partial<FormField>) =>
    onChange({ ...step, fields: step.fields.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  return (
    <div className="grid gap-3">
      <StepText step={step} prefix={prefix} onChange={onChange} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}-flow-id`} className={labelClass}>
            {b.flowId}
          </label>
          <input
            id={`${prefix}-flow-id`}
            data-testid="bot-flow-id"
            className={`${inputClass} font-mono`}
            maxLength={64}
            value={step.flowId}
            onChange={(e) => onChange({ ...step, flowId: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${prefix}-cta`} className={labelClass}>
            {b.cta}
          </label>
          <input
            id={`${prefix}-cta`}
            className={inputClass}
            maxLength={20}
            value={step.cta}
            onChange={(e) => onChange({ ...step, cta: e.target.value })}
          />
        </div>
      </div>
      <fieldset>
        <legend className={labelClass}>{b.formFields}</legend>
        <ul className="space-y-2">
          {step.fields.map((field, i) => {
            const id = `${prefix}-form-${i}`;
            return (
              <li
                key={i}
                className="grid grid-cols-2 items-end gap-2 rounded-md bg-zinc-50 p-2 sm:grid-cols-[1fr_1fr_8rem_auto]"
              >
                <div>
                  <label htmlFor={`${id}-name`} className={labelClass}>
                    {b.formFieldName}
                  </label>
                  <input
                    id={`${id}-name`}
                    className={`${inputClass} font-mono`}
                    maxLength={64}
                    value={field.name}
                    onChange={(e) => setField(i, { name: e.target.value })}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-label`} className={labelClass}>
                    {b.formFieldLabel}
                  </label>
                  <input
                    id={`${id}-label`}
                    className={inputClass}
                    maxLength={80}
                    value={field.label}
                    onChange={(e) => setField(i, { label: e.target.value })}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-type`} className={labelClass}>
                    {b.formFieldType}
                  </label>
                  <select
                    id={`${id}-type`}
                    className={inputClass}
                    value={field.type}
                    onChange={(e) => setField(i, { type: e.target.value as FormField['type'] })}
                  >
                    {FIELD_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {t.admin.fields.types[type]}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  className={`${quietButton} justify-self-end text-rose-700`}
                  aria-label={b.removeFormField(field.name)}
                  disabled={step.fields.length === 1}
                  onClick={() => onChange({ ...step, fields: step.fields.filter((_, j) => j !== i) })}
                >
                  {b.remove}
                </button>
                {field.type === 'choice' && (
                  <div className="col-span-full">
                    <label htmlFor={`${id}-options`} className={labelClass}>
                      {b.formFieldOptions}
                    </label>
                    <ChoicesInput
                      id={`${id}-options`}
                      value={field.options}
                      onChange={(options) => setField(i, { options })}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className={`${quietButton} mt-2`}
          onClick={() =>
            onChange({
              ...step,
              fields: [
                ...step.fields,
                { name: `field_${step.fields.length + 1}`, label: '', type: 'text', options: [] },
              ],
            })
          }
        >
          + {b.addFormField}
        </button>
      </fieldset>
      <StepNext step={step} prefix={prefix} flow={flow} onChange={onChange} />
    </div>
  );
}

/** Comma-separated, kept as typed (a trailing comma included) while the list follows it. */
function ChoicesInput({ id, value, onChange }: { id: string; value: string[]; onChange: (options: string[]) => void }) {
  const [text, setText] = useState(value.join(', '));
  return (
    <input
      id={id}
      className={inputClass}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(
          e.target.value
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}

// Create or edit one information field. Key and type are fixed once created (stored values are kept
// under the key and were checked against the type), so editing offers the label and choices.
import { useState, type FormEvent } from 'react';
import { FIELD_TYPES } from './fieldTypes';
import type { FieldDefinition, FieldType } from '@/core/model';
import { parseChoices } from '@/utils/admin/reorderFields';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, primaryButton, quietButton } from './ui';

export interface FieldDraft {
  key: string;
  label: string;
  type: FieldType;
  choices: string[];
}

interface Props {
  field?: FieldDefinition;
  busy: boolean;
  onSave: (draft: FieldDraft) => Promise<boolean>;
  onCancel?: () => void;
}

export function FieldForm({ field, busy, onSave, onCancel }: Props) {
  const [key, setKey] = useState(field?.key ?? '');
  const [label, setLabel] = useState(field?.label ?? '');
  const [type, setType] = useState<FieldType>(field?.type ?? 'text');
  const [choices, setChoices] = useState((field?.choices ?? []).join('\n'));
  const prefix = field ? `field-${field.id}` : 'new-field';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await onSave({
      key: key.trim(),
      label: label.trim(),
      type,
      choices: type === 'choice' ? parseChoices(choices) : [],
    });
    if (saved && !field) {
      setKey('');
      setLabel('');
      setType('text');
      setChoices('');
    }
  };

  return (
    <form onSubmit={submit} className="grid grid-cols-[1fr_1fr_10rem] gap-3" data-testid={`${prefix}-form`}>
      <div>
        <label htmlFor={`${prefix}-label`} className={labelClass}>
          {t.admin.fields.label}
        </label>
        <input
          id={`${prefix}-label`}
          data-testid={`${prefix}-label`}
          className={inputClass}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          required
          maxLength={80}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-key`} className={labelClass}>
          {t.admin.fields.key}
        </label>
        <input
          id={`${prefix}-key`}
          data-testid={`${prefix}-key`}
          className={`${inputClass} font-mono disabled:bg-zinc-50 disabled:text-zinc-500`}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          disabled={Boolean(field)}
          required
          pattern="[a-z][a-z0-9_]{0,39}"
          title={t.admin.fields.keyHint}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}-type`} className={labelClass}>
          {t.admin.fields.type}
        </label>
        <select
          id={`${prefix}-type`}
          data-testid={`${prefix}-type`}
          className={`${inputClass} disabled:bg-zinc-50 disabled:text-zinc-500`}
          value={type}
          onChange={(e) => setType(e.target.value as FieldType)}
          disabled={Boolean(field)}
        >
          {FIELD_TYPES.map((option) => (
            <option key={option} value={option}>
              {t.admin.fields.types[option]}
            </option>
          ))}
        </select>
      </div>
      {type === 'choice' && (
        <div className="col-span-3">
          <label htmlFor={`${prefix}-choices`} className={labelClass}>
            {t.admin.fields.choices} <span className="font-normal text-zinc-400">· {t.admin.fields.choicesHint}</span>
          </label>
          <textarea
            id={`${prefix}-choices`}
            data-testid={`${prefix}-choices`}
            rows={3}
            className={inputClass}
            value={choices}
            onChange={(e) => setChoices(e.target.value)}
            required
          />
        </div>
      )}
      <div className="col-span-3 flex items-center gap-2">
        <button type="submit" data-testid={`${prefix}-save`} className={primaryButton} disabled={busy}>
          {field ? t.admin.save : t.admin.fields.add}
        </button>
        {onCancel && (
          <button type="button" className={quietButton} onClick={onCancel}>
            {t.admin.cancel}
          </button>
        )}
        {!field && (
          <span className="text-[12px] text-zinc-400">
            {t.admin.fields.key}: {t.admin.fields.keyHint}
          </span>
        )}
      </div>
    </form>
  );
}

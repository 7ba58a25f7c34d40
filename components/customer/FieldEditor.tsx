import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { checkFieldValue, parseFieldInput, type FieldValue } from '@/core/fieldValues';
import type { FieldDefinition } from '@/core/model';
import { t } from '@/utils/i18n';

interface Props {
  field: FieldDefinition;
  stored: FieldValue | undefined;
  /** Saves through the background; resolves to the server's error message, or null when saved. */
  onSave: (value: FieldValue | null) => Promise<string | null>;
}

const asText = (value: FieldValue | undefined) => (value === undefined ? '' : String(value));
const INPUT =
  'w-full min-w-0 rounded-md border border-transparent bg-transparent px-1.5 py-1 text-[12.5px] outline-none placeholder:text-zinc-400 hover:border-zinc-200 focus:border-indigo-500 focus:bg-white focus:ring-2 focus:ring-indigo-500/20 aria-[invalid=true]:border-red-400';

/**
 * One information field, edited in place: the same checks as the server run first (instant
 * feedback), then the value is saved on blur, Enter or a choice; Esc puts back the saved value.
 */
export function FieldEditor({ field, stored, onSave }: Props) {
  const [draft, setDraft] = useState(asText(stored));
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revert = useRef(false);
  const id = useId();

  // A newly saved value (this panel's, or another agent's through sync) shows unless one is typing.
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    if (!editing) setDraft(asText(stored));
  }

  async function commit(raw: string, badInput = false) {
    const parsed = badInput ? raw || '?' : parseFieldInput(field, raw);
    if ((parsed ?? '') === (stored ?? '')) return setError(null);
    const check = checkFieldValue(field, parsed);
    if (!check.ok) return setError(check.message);
    setSaving(true);
    const failure = await onSave(check.value);
    setSaving(false);
    setError(failure);
  }

  const onBlur = (e: FocusEvent<HTMLInputElement>) => {
    setEditing(false);
    if (revert.current) {
      revert.current = false;
      setDraft(asText(stored));
      setError(null);
      return;
    }
    void commit(e.currentTarget.value, e.currentTarget.validity.badInput);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.currentTarget.blur();
    } else if (e.key === 'Escape') {
      // Handled here: the thread's Esc (back to the list) must not fire as well.
      e.preventDefault();
      revert.current = true;
      e.currentTarget.blur();
    }
  };

  const common = {
    id,
    'data-testid': `field-input-${field.key}`,
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : undefined,
    disabled: saving,
    // Empty date and choice inputs read as placeholders, like the empty text ones.
    className: `${INPUT} ${draft === '' ? 'text-zinc-400 focus:text-zinc-900' : 'text-zinc-900'}`,
  };
  return (
    <div
      data-testid="field-row"
      data-field={field.key}
      className="grid grid-cols-[6.5rem_1fr] items-start gap-x-2 py-0.5"
    >
      <label htmlFor={id} className="truncate pt-1.5 text-[12px] text-zinc-500" title={field.label}>
        {field.label}
      </label>
      <div className="min-w-0">
        {field.type === 'choice' ? (
          <select
            {...common}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              void commit(e.target.value);
            }}
          >
            <option value="">{t.customer.choose}</option>
            {field.choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
            {draft !== '' && !field.choices.includes(draft) && (
              <option value={draft}>{t.customer.notAChoice(draft)}</option>
            )}
          </select>
        ) : (
          <input
            {...common}
            type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
            step={field.type === 'number' ? 'any' : undefined}
            maxLength={field.type === 'text' ? 500 : undefined}
            placeholder={t.customer.empty}
            value={draft}
            onFocus={() => setEditing(true)}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={onBlur}
            onKeyDown={onKeyDown}
          />
        )}
        {saving && <p className="px-1.5 text-[11px] text-zinc-500">{t.customer.saving}</p>}
        {error && (
          <p
            id={`${id}-error`}
            role="alert"
            data-testid={`field-error-${field.key}`}
            className="px-1.5 pt-0.5 text-[11.5px] text-red-600"
          >
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

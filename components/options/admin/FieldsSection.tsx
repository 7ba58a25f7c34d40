// Information fields in the order agents see them: add, edit, move up or down, delete.
import { useState } from 'react';
import type { FieldDefinition } from '@/core/model';
import { reorderFields } from '@/utils/admin/reorderFields';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { FieldForm, type FieldDraft } from './FieldForm';
import { ConfirmDelete, ErrorText, quietButton, RowList, SectionHeader } from './ui';
import { useAdminAction } from './useAdminAction';
import { useFields } from './useCatalog';

function FieldRow({ field, fields, index }: { field: FieldDefinition; fields: FieldDefinition[]; index: number }) {
  const { run, busy, error } = useAdminAction();
  const [editing, setEditing] = useState(false);
  const move = (direction: 'up' | 'down') =>
    void run(async () => {
      for (const change of reorderFields(fields, field.id, direction))
        await sendMessage('updateField', { fieldId: change.id, patch: { position: change.position } });
    });
  const save = async (draft: FieldDraft) => {
    const ok = await run(() =>
      sendMessage('updateField', {
        fieldId: field.id,
        patch: { label: draft.label, ...(field.type === 'choice' ? { choices: draft.choices } : {}) },
      }),
    );
    if (ok) setEditing(false);
    return Boolean(ok);
  };
  return (
    <li className="px-4 py-2.5" data-testid="field-row">
      {editing ? (
        <FieldForm field={field} busy={busy} onSave={save} onCancel={() => setEditing(false)} />
      ) : (
        <div className="flex items-center gap-3">
          <div className="flex flex-col">
            <button
              type="button"
              className={`${quietButton} px-1 py-0 leading-4`}
              aria-label={t.admin.fields.moveUp(field.label)}
              disabled={busy || index === 0}
              onClick={() => move('up')}
            >
              ▲
            </button>
            <button
              type="button"
              className={`${quietButton} px-1 py-0 leading-4`}
              aria-label={t.admin.fields.moveDown(field.label)}
              disabled={busy || index === fields.length - 1}
              onClick={() => move('down')}
            >
              ▼
            </button>
          </div>
          <div className="min-w-0 flex-1">
            <p className="font-medium text-zinc-800">{field.label}</p>
            <p className="truncate text-[12px] text-zinc-500">
              <span className="font-mono">{field.key}</span> · {t.admin.fields.types[field.type]}
              {field.type === 'choice' && ` · ${field.choices.join(', ')}`}
            </p>
          </div>
          <button type="button" className={quietButton} onClick={() => setEditing(true)}>
            {t.admin.edit}
          </button>
          <ConfirmDelete
            label={field.label}
            onConfirm={() => void run(() => sendMessage('deleteField', { fieldId: field.id }))}
          />
        </div>
      )}
      <ErrorText error={error} />
    </li>
  );
}

export function FieldsSection() {
  const fields = useFields();
  const { run, busy, error } = useAdminAction();
  const add = async (draft: FieldDraft) => {
    const position = (fields ?? []).reduce((max, f) => Math.max(max, f.position + 1), 0);
    return Boolean(await run(() => sendMessage('createField', { ...draft, position })));
  };
  return (
    <div>
      <SectionHeader title={t.admin.fields.title} hint={t.admin.fields.hint} />
      <div className="mb-4 rounded-lg border border-dashed border-zinc-300 p-4">
        <FieldForm busy={busy} onSave={add} />
        <ErrorText error={error} />
      </div>
      <RowList testId="field-list" empty={fields?.length === 0}>
        {(fields ?? []).map((field, index) => (
          <FieldRow key={field.id} field={field} fields={fields!} index={index} />
        ))}
      </RowList>
    </div>
  );
}

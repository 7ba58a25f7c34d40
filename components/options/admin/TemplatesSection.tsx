// Templates: list, create or edit with a live preview, delete, and import the approved ones from Meta.
import { useState } from 'react';
import type { TemplateInput } from '@/core/api/templates';
import type { Template } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { TemplateForm } from './TemplateForm';
import {
  ConfirmDelete,
  ErrorText,
  Notice,
  primaryButton,
  quietButton,
  RowList,
  SectionHeader,
  secondaryButton,
} from './ui';
import { useAdminAction } from './useAdminAction';
import { useTemplates } from './useCatalog';

export function TemplatesSection() {
  const templates = useTemplates();
  const { run, busy, error } = useAdminAction();
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = async (input: TemplateInput) => {
    const target = editing;
    const ok = await run(() =>
      target && target !== 'new'
        ? sendMessage('updateTemplate', { templateId: target.id, patch: input })
        : sendMessage('createTemplate', input),
    );
    if (ok) setEditing(null);
    return Boolean(ok);
  };
  const importFromMeta = async () => {
    setNotice(null);
    const result = await run(() => sendMessage('importTemplates'));
    if (result) setNotice(t.admin.templates.imported(result.imported, result.skipped.length));
  };

  return (
    <div>
      <SectionHeader
        title={t.admin.templates.title}
        hint={t.admin.templates.hint}
        actions={
          <>
            <button
              type="button"
              data-testid="import-templates"
              className={secondaryButton}
              disabled={busy}
              onClick={() => void importFromMeta()}
            >
              {busy ? t.admin.templates.importing : t.admin.templates.import}
            </button>
            <button
              type="button"
              data-testid="new-template"
              className={primaryButton}
              onClick={() => setEditing('new')}
            >
              {t.admin.templates.add}
            </button>
          </>
        }
      />
      {notice && <Notice>{notice}</Notice>}
      <ErrorText error={error} />
      {editing && (
        <div className="my-4 rounded-lg border border-dashed border-zinc-300 p-4">
          <TemplateForm
            key={editing === 'new' ? 'new' : editing.id}
            template={editing === 'new' ? undefined : editing}
            busy={busy}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}
      <div className="mt-4">
        <RowList testId="template-list" empty={templates?.length === 0}>
          {(templates ?? []).map((template) => (
            <li key={template.id} className="flex items-start gap-3 px-4 py-2.5" data-testid="template-row">
              <div className="min-w-0 flex-1">
                <p className="font-mono font-medium text-zinc-800">{template.name}</p>
                <p className="text-[12px] text-zinc-500">
                  {template.language} · {t.admin.templates.categories[template.category]} ·{' '}
                  {t.admin.templates.params(template.paramCount)}
                </p>
                <p className="mt-1 line-clamp-2 text-zinc-600">{template.body}</p>
              </div>
              <button type="button" className={quietButton} onClick={() => setEditing(template)}>
                {t.admin.edit}
              </button>
              <ConfirmDelete
                label={template.name}
                onConfirm={() => void run(() => sendMessage('deleteTemplate', { templateId: template.id }))}
              />
            </li>
          ))}
        </RowList>
      </div>
    </div>
  );
}

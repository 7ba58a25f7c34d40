// Create or edit a template, with a live preview of its {{n}} parameters and their count.
import { useState, type FormEvent } from 'react';
import type { TemplateInput } from '@/core/api/templates';
import { TemplateCategory, type Template } from '@/core/model';
import { countTemplateParams, templateBodyProblem } from '@/core/templates';
import { t } from '@/utils/i18n';
import { inputClass, labelClass, primaryButton, quietButton } from './ui';

interface Props {
  template?: Template;
  busy: boolean;
  onSave: (input: TemplateInput) => Promise<boolean>;
  onCancel: () => void;
}

/** The body with each {{n}} shown as a chip, so the admin sees what agents will fill in. */
function Preview({ body }: { body: string }) {
  const parts = body.split(/(\{\{\s*\d+\s*\}\})/g);
  return (
    <p
      className="whitespace-pre-wrap rounded-lg rounded-tl-none bg-emerald-50 px-3 py-2 text-zinc-800 ring-1 ring-emerald-100"
      data-testid="template-preview"
    >
      {parts.map((part, i) =>
        /^\{\{\s*\d+\s*\}\}$/.test(part) ? (
          <span key={i} className="mx-0.5 rounded bg-amber-100 px-1 font-mono text-[12px] text-amber-900">
            {part.replace(/\s/g, '')}
          </span>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </p>
  );
}

export function TemplateForm({ template, busy, onSave, onCancel }: Props) {
  const [name, setName] = useState(template?.name ?? '');
  const [language, setLanguage] = useState(template?.language ?? 'en_US');
  const [category, setCategory] = useState<TemplateInput['category']>(template?.category ?? 'utility');
  const [body, setBody] = useState(template?.body ?? '');
  const problem = body ? templateBodyProblem(body) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await onSave({ name: name.trim(), language: language.trim(), category, body });
  };

  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-4" data-testid="template-form">
      <div className="space-y-3">
        <div>
          <label htmlFor="template-name" className={labelClass}>
            {t.admin.templates.name}
          </label>
          <input
            id="template-name"
            data-testid="template-name"
            className={`${inputClass} font-mono`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            pattern="[a-z0-9_]+"
          />
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="template-language" className={labelClass}>
              {t.admin.templates.language}
            </label>
            <input
              id="template-language"
              data-testid="template-language"
              className={inputClass}
              value={language}
              onChange={(e) => setLanguage(e.target.value)}
              required
            />
          </div>
          <div>
            <label htmlFor="template-category" className={labelClass}>
              {t.admin.templates.category}
            </label>
            <select
              id="template-category"
              className={inputClass}
              value={category}
              onChange={(e) => setCategory(e.target.value as TemplateInput['category'])}
            >
              {TemplateCategory.options.map((c) => (
                <option key={c} value={c}>
                  {t.admin.templates.categories[c]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <label htmlFor="template-body" className={labelClass}>
            {t.admin.templates.body}
          </label>
          <textarea
            id="template-body"
            data-testid="template-body"
            rows={5}
            className={inputClass}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
            maxLength={1024}
          />
          <p className="mt-1 text-[12px] text-zinc-400">{t.admin.templates.bodyHint}</p>
        </div>
      </div>
      <div>
        <p className={labelClass}>
          {t.admin.templates.preview} ·{' '}
          <span data-testid="template-param-count">{t.admin.templates.params(countTemplateParams(body))}</span>
        </p>
        {body && <Preview body={body} />}
        {problem && <p className="mt-2 text-[12px] text-rose-700">{problem}</p>}
      </div>
      <div className="col-span-2 flex gap-2">
        <button type="submit" data-testid="template-save" className={primaryButton} disabled={busy || Boolean(problem)}>
          {t.admin.save}
        </button>
        <button type="button" className={quietButton} onClick={onCancel}>
          {t.admin.cancel}
        </button>
      </div>
    </form>
  );
}

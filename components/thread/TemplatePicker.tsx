// The composer outside the reply window: pick an approved template, fill in its {{n}} values,
// read the live preview of what the customer will get, send it through the outbox.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { Template } from '@/core/model';
import { renderTemplate } from '@/core/templates';
import { t } from '@/utils/i18n';
import { useDb } from '../hooks/DbContext';
import { SendIcon } from '../common/icons';

interface Props {
  /** Why free text cannot go out (the window closed …), shown above the picker. */
  reason: string | null;
  onSend: (templateId: string, params: string[]) => Promise<void>;
}

const field =
  'w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-[13px] text-zinc-900 placeholder:text-zinc-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30';

export function TemplatePicker({ reason, onSend }: Props) {
  const db = useDb();
  const templates = useLiveQuery(() => db.templates.orderBy('name').toArray(), [db]);
  const [templateId, setTemplateId] = useState('');
  const [params, setParams] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const template: Template | undefined = templates?.find((x) => x.id === templateId);
  const values = template ? Array.from({ length: template.paramCount }, (_, i) => params[i] ?? '') : [];
  const missing = values.filter((v) => v.trim() === '').length;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!template || missing > 0 || busy) return;
    setBusy(true);
    try {
      await onSend(
        template.id,
        values.map((v) => v.trim()),
      );
      setTemplateId('');
      setParams([]);
    } catch {
      // The panel shows the notice; the values stay for another try.
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={submit}
      className="shrink-0 space-y-2 border-t border-zinc-200 bg-white p-2.5"
      data-testid="template-picker"
    >
      <p
        role="note"
        data-testid="composer-blocked-reason"
        className="rounded-md bg-amber-50 px-2.5 py-1.5 text-[12px] leading-snug text-amber-900 ring-1 ring-inset ring-amber-200"
      >
        {reason ?? t.templatePicker.title}
      </p>
      {templates && templates.length === 0 ? (
        <p className="px-1 text-[12px] text-zinc-500">{t.templatePicker.none}</p>
      ) : (
        <select
          aria-label={t.templatePicker.template}
          data-testid="template-select"
          className={field}
          value={templateId}
          onChange={(e) => {
            setTemplateId(e.target.value);
            setParams([]);
          }}
        >
          <option value="">{t.templatePicker.choose}</option>
          {templates?.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name} · {x.language} · {t.templatePicker.categories[x.category]}
            </option>
          ))}
        </select>
      )}
      {template && (
        <>
          {values.length > 0 && (
            <div className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1.5">
              {values.map((value, i) => (
                <label key={i} className="contents">
                  <span className="font-mono text-[11.5px] text-zinc-500">{t.templatePicker.paramLabel(i + 1)}</span>
                  <input
                    data-testid={`template-param-${i + 1}`}
                    className={field}
                    value={value}
                    placeholder={t.templatePicker.paramPlaceholder(i + 1)}
                    onChange={(e) => setParams(values.map((v, j) => (j === i ? e.target.value : v)))}
                  />
                </label>
              ))}
            </div>
          )}
          <div>
            <p className="mb-1 text-[11px] font-medium uppercase tracking-wide text-zinc-400">
              {t.templatePicker.preview}
            </p>
            <p
              data-testid="template-preview"
              className="whitespace-pre-wrap rounded-lg rounded-tr-sm bg-indigo-50 px-2.5 py-2 text-[13px] leading-snug text-zinc-800 ring-1 ring-inset ring-indigo-100"
            >
              {renderTemplate(template.body, values)}
            </p>
          </div>
          <div className="flex items-center justify-end gap-2">
            {missing > 0 && <span className="text-[11.5px] text-zinc-500">{t.templatePicker.missing(missing)}</span>}
            <button
              type="submit"
              data-testid="template-send"
              disabled={missing > 0 || busy}
              className="flex items-center gap-1.5 rounded-lg bg-indigo-600 px-3 py-1.5 text-[13px] font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:bg-zinc-200 disabled:text-zinc-400 disabled:shadow-none"
            >
              <SendIcon />
              {t.templatePicker.send}
            </button>
          </div>
        </>
      )}
    </form>
  );
}

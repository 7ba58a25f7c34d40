// Campaigns (admin): one approved template to many customers. Pick the template, fill its values,
// paste numbers (checked as you type, as the server checks them), choose who handles the answers,
// send; then watch each campaign's progress and every recipient's outcome.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { Campaign, Template } from '@/core/model';
import { normalizePhoneNumber, splitPhoneList } from '@/core/phoneNumbers';
import { renderTemplate } from '@/core/templates';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { useDb } from '../../hooks/DbContext';
import { useMe } from '../../hooks/useLocalData';
import { CampaignRecipients } from './CampaignRecipients';
import { ErrorText, inputClass, labelClass, primaryButton, quietButton, SectionHeader } from './ui';
import { useAgentList, useTemplates } from './useCatalog';

export function CampaignsSection() {
  const db = useDb();
  const me = useMe()?.me;
  const templates = useTemplates() ?? [];
  const agents = (useAgentList() ?? []).filter((a) => a.active);
  const campaigns = useLiveQuery(() => db.campaigns.orderBy('createdAt').reverse().toArray(), [db]) ?? [];
  const [templateId, setTemplateId] = useState('');
  const [params, setParams] = useState<string[]>([]);
  const [numbers, setNumbers] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const template = templates.find((x) => x.id === templateId);
  const values = template ? Array.from({ length: template.paramCount }, (_, i) => params[i] ?? '') : [];
  const recipients = splitPhoneList(numbers);
  const invalid = recipients.filter((r) => !normalizePhoneNumber(r).ok).length;
  const ready = template && values.every((v) => v.trim() !== '') && recipients.length > 0 && !busy;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || !template) return;
    setBusy(true);
    setError(null);
    try {
      await sendMessage('createCampaign', {
        templateId: template.id,
        params: values.map((v) => v.trim()),
        recipients,
        ...(assigneeId ? { assigneeId } : {}),
      });
      setNumbers('');
    } catch (err) {
      setError(t.admin.failed((err as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="campaigns-section">
      <SectionHeader title={t.campaigns.title} hint={t.campaigns.hint} />
      <form onSubmit={submit} className="space-y-3 rounded-lg border border-zinc-200 p-4" data-testid="campaign-form">
        <div>
          <label htmlFor="campaign-template" className={labelClass}>
            {t.campaigns.template}
          </label>
          <select
            id="campaign-template"
            data-testid="campaign-template"
            className={inputClass}
            value={templateId}
            onChange={(e) => (setTemplateId(e.target.value), setParams([]))}
          >
            <option value="">{templates.length ? t.campaigns.choose : t.campaigns.noTemplates}</option>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} · {x.language}
              </option>
            ))}
          </select>
        </div>
        {template && <TemplateValues template={template} values={values} onChange={setParams} />}
        <div>
          <label htmlFor="campaign-numbers" className={labelClass}>
            {t.campaigns.recipients}
          </label>
          <textarea
            id="campaign-numbers"
            data-testid="campaign-numbers"
            rows={4}
            className={`${inputClass} font-mono`}
            value={numbers}
            onChange={(e) => setNumbers(e.target.value)}
          />
          <p className="mt-1 text-[12px] text-zinc-500">
            {recipients.length ? t.campaigns.counts(recipients.length - invalid, invalid) : t.campaigns.recipientsHint}
          </p>
        </div>
        <div className="flex items-end gap-3">
          <div className="flex-1">
            <label htmlFor="campaign-assignee" className={labelClass}>
              {t.campaigns.assignee}
            </label>
            <select
              id="campaign-assignee"
              data-testid="campaign-assignee"
              className={inputClass}
              value={assigneeId}
              onChange={(e) => setAssigneeId(e.target.value)}
            >
              <option value="">{me?.agent.name ?? ''}</option>
              {agents
                .filter((a) => a.id !== me?.agent.id)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
          </div>
          <button type="submit" data-testid="campaign-send" className={primaryButton} disabled={!ready}>
            {busy ? t.campaigns.sending : t.campaigns.send}
          </button>
        </div>
        <ErrorText error={error} />
      </form>

      <h3 className="mb-2 mt-6 text-[13px] font-semibold text-zinc-800">{t.campaigns.history}</h3>
      {campaigns.length === 0 ? (
        <p className="text-zinc-500">{t.campaigns.none}</p>
      ) : (
        <ul className="space-y-2" data-testid="campaign-list">
          {campaigns.map((c) => (
            <CampaignRow key={c.id} campaign={c} template={templates.find((x) => x.id === c.templateId)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TemplateValues({
  template,
  values,
  onChange,
}: {
  template: Template;
  values: string[];
  onChange: (v: string[]) => void;
}) {
  return (
    <div className="space-y-2">
      {values.map((value, i) => (
        <label key={i} className="flex items-center gap-2">
          <span className="w-10 shrink-0 font-mono text-[12px] text-zinc-500">
            {t.templatePicker.paramLabel(i + 1)}
          </span>
          <input
            data-testid={`campaign-param-${i + 1}`}
            className={inputClass}
            value={value}
            placeholder={t.templatePicker.paramPlaceholder(i + 1)}
            onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))}
          />
        </label>
      ))}
      <p
        data-testid="campaign-preview"
        className="whitespace-pre-wrap rounded-md bg-indigo-50 px-3 py-2 text-zinc-800 ring-1 ring-inset ring-indigo-100"
      >
        {renderTemplate(template.body, values)}
      </p>
    </div>
  );
}

function CampaignRow({ campaign, template }: { campaign: Campaign; template: Template | undefined }) {
  const [open, setOpen] = useState(false);
  const done = campaign.sent + campaign.failed;
  return (
    <li
      className="rounded-lg border border-zinc-200 px-4 py-3"
      data-testid="campaign-row"
      data-status={campaign.status}
    >
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-medium text-zinc-800">
            {template?.name ?? t.campaigns.deletedTemplate}{' '}
            <span className="font-normal text-zinc-400">· {new Date(campaign.createdAt).toLocaleString()}</span>
          </p>
          <p className="text-[12px] text-zinc-500" data-testid="campaign-progress">
            {t.campaigns.progress(campaign.sent, campaign.failed, campaign.total)} ·{' '}
            {t.campaigns.status[campaign.status]}
          </p>
          <div className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-zinc-100" aria-hidden>
            <div className="flex h-full" style={{ width: `${(done / Math.max(1, campaign.total)) * 100}%` }}>
              <div className="bg-emerald-500" style={{ flex: campaign.sent }} />
              <div className="bg-rose-400" style={{ flex: campaign.failed }} />
            </div>
          </div>
        </div>
        <button type="button" className={quietButton} data-testid="campaign-toggle" onClick={() => setOpen((o) => !o)}>
          {open ? t.campaigns.hideRecipients : t.campaigns.showRecipients}
        </button>
      </div>
      {open && <CampaignRecipients campaign={campaign} />}
    </li>
  );
}

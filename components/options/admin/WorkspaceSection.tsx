// Workspace defaults: the inbox layout agents start with, and the automatic-closing delay.
import { useState, type FormEvent } from 'react';
import { LAYOUTS } from '@/core/inbox';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { ErrorText, inputClass, labelClass, Notice, primaryButton, SectionHeader } from './ui';
import { useAdminAction } from './useAdminAction';
import { useWorkspaceSettings } from './useCatalog';
import { PageContextSettings } from '../../pageContext/PageContextSettings';

export function WorkspaceSection() {
  const settings = useWorkspaceSettings()?.settings;
  const { run, busy, error } = useAdminAction();
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState(false);
  // The server's value (saved here or by another admin) replaces the draft when it changes.
  const serverDays = settings?.autoCloseDays;
  const [shownDays, setShownDays] = useState<number | undefined>();
  if (serverDays !== shownDays) {
    setShownDays(serverDays);
    if (serverDays !== undefined) setDays(String(serverDays));
  }

  const saveDays = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (await run(() => sendMessage('updateSettings', { autoCloseDays: Number(days) }))) setSaved(true);
  };

  return (
    <div className="max-w-xl">
      <SectionHeader title={t.admin.workspace.title} hint={t.admin.workspace.hint} />
      <fieldset className="mb-6">
        <legend className={labelClass}>{t.admin.workspace.defaultLayout}</legend>
        <div
          role="radiogroup"
          aria-label={t.admin.workspace.defaultLayout}
          className="inline-flex rounded-md bg-zinc-100 p-0.5"
        >
          {LAYOUTS.map((layout) => (
            <button
              key={layout}
              type="button"
              role="radio"
              aria-checked={settings?.defaultLayout === layout}
              data-testid={`default-layout-${layout}`}
              disabled={busy || !settings}
              onClick={() => void run(() => sendMessage('updateSettings', { defaultLayout: layout }))}
              className={`rounded px-4 py-1.5 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                settings?.defaultLayout === layout
                  ? 'bg-white text-zinc-900 shadow-sm'
                  : 'text-zinc-600 hover:text-zinc-900'
              }`}
            >
              {t.layout[layout]}
            </button>
          ))}
        </div>
        <p className="mt-1.5 text-[12px] text-zinc-500">{t.admin.workspace.defaultLayoutHint}</p>
      </fieldset>
      <form onSubmit={saveDays}>
        <label htmlFor="auto-close-days" className={labelClass}>
          {t.admin.workspace.autoCloseDays}
        </label>
        <div className="flex items-center gap-2">
          <div className="w-24">
            <input
              id="auto-close-days"
              data-testid="auto-close-days"
              type="number"
              min={1}
              max={365}
              step={1}
              required
              className={inputClass}
              value={days}
              onChange={(e) => (setDays(e.target.value), setSaved(false))}
            />
          </div>
          <span className="text-zinc-600">{t.admin.workspace.days}</span>
          <button
            type="submit"
            data-testid="save-auto-close"
            className={`${primaryButton} ml-2`}
            disabled={busy || !settings}
          >
            {busy ? t.admin.saving : t.admin.save}
          </button>
        </div>
        <p className="mt-1.5 text-[12px] text-zinc-500">{t.admin.workspace.autoCloseHint}</p>
      </form>
      <div className="mt-6">
        <PageContextSettings settings={settings} busy={busy} run={run} />
      </div>
      {saved && <Notice>{t.admin.saved}</Notice>}
      <ErrorText error={error} />
    </div>
  );
}

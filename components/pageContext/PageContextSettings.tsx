// Administration → Workspace: the page-context switch and the default country of page numbers.
import { useState, type FormEvent } from 'react';
import type { Settings } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { toPageContextSettings } from '@/utils/pageContext/pageContextSettings';
import { inputClass, labelClass, primaryButton } from '../options/admin/ui';

interface Props {
  settings: Settings | null | undefined;
  busy: boolean;
  run: (action: () => Promise<unknown>) => Promise<unknown>;
}

export function PageContextSettings({ settings, busy, run }: Props) {
  const p = t.pageContext.admin;
  const current = toPageContextSettings(settings);
  const [country, setCountry] = useState('');
  const [shown, setShown] = useState<string | null | undefined>();
  // The server's value replaces the draft when it changes (saved here or by another admin).
  if (settings && current.defaultCountry !== shown) {
    setShown(current.defaultCountry);
    setCountry(current.defaultCountry ?? '');
  }
  const save = (e: FormEvent) => {
    e.preventDefault();
    const code = country.trim().toUpperCase();
    void run(() => sendMessage('updateSettings', { defaultCountry: code === '' ? null : code }));
  };
  return (
    <fieldset className="mb-6" data-testid="page-context-settings">
      <legend className={labelClass}>{p.title}</legend>
      <label className="flex items-start gap-2 text-[13px] text-zinc-800">
        <input
          type="checkbox"
          data-testid="page-context-switch"
          className="mt-0.5"
          checked={current.enabled}
          disabled={busy || !settings}
          onChange={(e) => void run(() => sendMessage('updateSettings', { pageContext: e.target.checked }))}
        />
        <span>{p.toggle}</span>
      </label>
      <p className="mt-1.5 text-[12px] text-zinc-500">{p.hint}</p>
      <form onSubmit={save} className="mt-3">
        <label htmlFor="default-country" className={labelClass}>
          {p.country}
        </label>
        <div className="flex items-center gap-2">
          <div className="w-20">
            <input
              id="default-country"
              data-testid="default-country"
              className={inputClass}
              value={country}
              maxLength={2}
              pattern="[A-Za-z]{2}"
              placeholder="CO"
              onChange={(e) => setCountry(e.target.value)}
            />
          </div>
          <button
            type="submit"
            data-testid="save-default-country"
            className={primaryButton}
            disabled={busy || !settings}
          >
            {busy ? t.admin.saving : t.admin.save}
          </button>
        </div>
        <p className="mt-1.5 text-[12px] text-zinc-500">{country.trim() === '' ? p.countryNone : p.countryHint}</p>
      </form>
    </fieldset>
  );
}

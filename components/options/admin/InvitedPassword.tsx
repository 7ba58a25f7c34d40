// The temporary password of a new invite, shown once with a copy button.
import { useState } from 'react';
import { t } from '@/utils/i18n';
import { primaryButton, secondaryButton } from './ui';

export function InvitedPassword({ name, password, onDone }: { name: string; password: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(password);
    setCopied(true);
  };
  return (
    <div
      role="status"
      data-testid="invited-password"
      className="my-4 rounded-lg bg-indigo-50 p-4 ring-1 ring-inset ring-indigo-200"
    >
      <p className="font-semibold text-indigo-950">{t.admin.agents.passwordTitle(name)}</p>
      <p className="mt-0.5 text-indigo-900/80">{t.admin.agents.passwordBody}</p>
      <div className="mt-3 flex items-center gap-2">
        <code
          data-testid="temporary-password"
          className="rounded-md bg-white px-3 py-1.5 font-mono text-[15px] tracking-wide text-zinc-900 ring-1 ring-indigo-200 select-all"
        >
          {password}
        </code>
        <button type="button" className={secondaryButton} onClick={() => void copy()}>
          {copied ? t.admin.agents.copied : t.admin.agents.copy}
        </button>
        <button type="button" className={`${primaryButton} ml-auto`} onClick={onDone}>
          {t.admin.agents.done}
        </button>
      </div>
    </div>
  );
}

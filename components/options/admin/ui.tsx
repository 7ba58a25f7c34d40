// The administration area's small building blocks, so every section looks and behaves alike.
import { useState, type ReactNode } from 'react';
import { t } from '@/utils/i18n';

export const inputClass =
  'block w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-[13px] shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30';
export const labelClass = 'mb-1 block text-[12px] font-medium text-zinc-600';
const focus = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500';
export const primaryButton = `rounded-md bg-indigo-600 px-3 py-1.5 text-[13px] font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60 ${focus}`;
export const secondaryButton = `rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-[13px] font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-60 ${focus}`;
export const quietButton = `rounded px-2 py-1 text-[12.5px] font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 ${focus}`;
const dangerButton = `rounded px-2 py-1 text-[12.5px] font-medium text-rose-700 hover:bg-rose-50 ${focus}`;

export function SectionHeader({ title, hint, actions }: { title: string; hint: string; actions?: ReactNode }) {
  return (
    <header className="mb-5 flex items-start justify-between gap-4">
      <div>
        <h2 className="text-[15px] font-semibold text-zinc-900">{title}</h2>
        <p className="mt-0.5 text-zinc-500">{hint}</p>
      </div>
      {actions && <div className="flex shrink-0 gap-2">{actions}</div>}
    </header>
  );
}

export function ErrorText({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p
      role="alert"
      data-testid="admin-error"
      className="mt-3 rounded-md bg-rose-50 px-3 py-2 text-rose-800 ring-1 ring-inset ring-rose-200"
    >
      {error}
    </p>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="mt-3 rounded-md bg-emerald-50 px-3 py-2 text-emerald-800 ring-1 ring-inset ring-emerald-200"
    >
      {children}
    </p>
  );
}

/** Rows of a list, with dividers; an empty list says so. */
export function RowList({ children, empty, testId }: { children: ReactNode[]; empty?: boolean; testId?: string }) {
  return (
    <ul data-testid={testId} className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white">
      {empty ? <li className="px-4 py-6 text-center text-zinc-500">{t.admin.empty}</li> : children}
    </ul>
  );
}

/** Delete in two steps: the first click asks, the second deletes. */
export function ConfirmDelete({ onConfirm, label, testId }: { onConfirm: () => void; label: string; testId?: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className={dangerButton}
        aria-label={`${t.admin.delete} ${label}`}
        data-testid={testId}
        onClick={() => setAsking(true)}
      >
        {t.admin.delete}
      </button>
    );
  }
  return (
    <span className="inline-flex items-center gap-1">
      <span className="text-[12px] text-zinc-500">{t.admin.confirmDelete}</span>
      <button
        type="button"
        className={`${dangerButton} bg-rose-50`}
        data-testid={testId && `${testId}-confirm`}
        onClick={onConfirm}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the admin just pressed Delete; focus goes to the confirmation that replaced it
        autoFocus
      >
        {t.admin.yesDelete}
      </button>
      <button type="button" className={quietButton} onClick={() => setAsking(false)}>
        {t.admin.cancel}
      </button>
    </span>
  );
}

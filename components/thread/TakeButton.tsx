import { useState } from 'react';
import { t } from '@/utils/i18n';

/** Accepts a New conversation; disabled while the request is in flight so it is sent once. */
export function TakeButton({ onTake, size = 'md' }: { onTake: () => Promise<void>; size?: 'sm' | 'md' }) {
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await onTake();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      data-testid="take-button"
      disabled={busy}
      onClick={() => void click()}
      className={`shrink-0 rounded-md bg-indigo-600 font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-60 ${
        size === 'sm' ? 'px-2.5 py-1 text-[12px]' : 'px-3 py-1.5 text-[12.5px]'
      }`}
    >
      {busy ? t.thread.taking : t.thread.take}
    </button>
  );
}

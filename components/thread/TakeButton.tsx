import { useState } from 'react';
import { t } from '@/utils/i18n';

/** Accepts a New conversation; disabled while the request is in flight so it is sent once. */
export function TakeButton({
  onTake,
  size = 'md',
  takeOver = false,
}: {
  onTake: () => Promise<void>;
  size?: 'sm' | 'md';
  /** From the bot: the same accept, worded as taking over. */
  takeOver?: boolean;
}) {
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
      data-testid={takeOver ? 'take-over-button' : 'take-button'}
      disabled={busy}
      onClick={() => void click()}
      className={`shrink-0 rounded-md bg-indigo-600 font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-60 ${
        size === 'sm' ? 'px-2.5 py-1 text-[12px]' : 'px-3 py-1.5 text-[12.5px]'
      }`}
    >
      {takeOver ? (busy ? t.bot.takingOver : t.bot.takeOver) : busy ? t.thread.taking : t.thread.take}
    </button>
  );
}

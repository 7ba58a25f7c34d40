// The header's "available for the bot's handovers" switch: the bot's round-robin picks among the
// agents who have it on. Read from the agent's row in the copy, so it follows the server's answer.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { describeError } from '../sidepanel/notice';
import { useDb } from '../hooks/DbContext';
import { PersonIcon } from './botIcons';

export function AvailabilityToggle({ meId, onError }: { meId: string; onError: (text: string) => void }) {
  const db = useDb();
  const available = useLiveQuery(async () => (await db.agents.get(meId))?.available ?? false, [db, meId]) ?? false;
  const [busy, setBusy] = useState(false);
  const a = t.bot.availability;
  const toggle = async () => {
    setBusy(true);
    try {
      await sendMessage('setAvailability', { available: !available });
    } catch (err) {
      onError(a.failed(describeError(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      role="switch"
      aria-checked={available}
      aria-label={a.label}
      title={`${a.label}: ${available ? a.on : a.off}`}
      data-testid="availability-toggle"
      disabled={busy}
      onClick={() => void toggle()}
      className={`relative flex h-6 w-6 shrink-0 items-center justify-center rounded hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-60 ${
        available ? 'text-emerald-700' : 'text-zinc-400'
      }`}
    >
      <PersonIcon width={15} height={15} />
      <span
        aria-hidden
        className={`absolute right-0.5 bottom-0.5 h-2 w-2 rounded-full ring-2 ring-white ${available ? 'bg-emerald-500' : 'bg-zinc-300'}`}
      />
    </button>
  );
}

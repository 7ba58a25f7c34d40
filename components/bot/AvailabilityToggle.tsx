// "Available for the bot's handovers": the bot's round-robin picks among the agents who have it
// on. Read from the agent's row in the copy, so it shows what the server holds.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { describeError } from '../sidepanel/notice';
import { useDb } from '../hooks/DbContext';

export function AvailabilityToggle({ meId }: { meId: string }) {
  const db = useDb();
  const available = useLiveQuery(async () => (await db.agents.get(meId))?.available ?? false, [db, meId]) ?? false;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const a = t.bot.availability;
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await sendMessage('setAvailability', { available: !available });
    } catch (err) {
      setError(a.failed(describeError(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        role="switch"
        aria-checked={available}
        aria-label={a.label}
        title={a.label}
        data-testid="availability-toggle"
        disabled={busy}
        onClick={() => void toggle()}
        className={`flex shrink-0 items-center gap-1.5 rounded-full px-2 py-0.5 text-[11.5px] font-medium ring-1 ring-inset hover:bg-white focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-60 ${
          available ? 'text-emerald-800 ring-emerald-300' : 'text-zinc-600 ring-zinc-300'
        }`}
      >
        <span aria-hidden className={`h-2 w-2 rounded-full ${available ? 'bg-emerald-500' : 'bg-zinc-400'}`} />
        {available ? a.on : a.off}
      </button>
      {error && (
        <p role="alert" className="basis-full px-3 pb-1.5 text-[11.5px] text-rose-700">
          {error}
        </p>
      )}
    </>
  );
}

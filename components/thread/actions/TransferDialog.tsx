import { useState } from 'react';
import type { Agent } from '@/core/model';
import { t } from '@/utils/i18n';
import { buttonClass, Dialog } from '../../common/Dialog';

const BACK_TO_NEW = '__new__';

interface Props {
  mode: 'transfer' | 'assign';
  me: Agent;
  /** Active agents to choose from (the current assignee excluded for a transfer). */
  agents: Agent[];
  onSubmit: (agentId: string | null, note: string, targetName: string) => Promise<boolean>;
  onClose: () => void;
}

/** Pick an agent (or, for a transfer, the New queue) and optionally leave a note for them. */
export function TransferDialog({ mode, me, agents, onSubmit, onClose }: Props) {
  const s = t.lifecycle.transfer;
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!target || busy) return;
    setBusy(true);
    const agentId = target === BACK_TO_NEW ? null : target;
    const name = agents.find((a) => a.id === agentId)?.name ?? '';
    const ok = await onSubmit(agentId, note, name);
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Dialog title={mode === 'transfer' ? s.title : s.assignTitle} testId="transfer-dialog" onClose={onClose}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="flex flex-col gap-1 text-[12px] font-medium text-zinc-700">
          {s.to}
          <select
            data-testid="transfer-target"
            data-autofocus
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-[12.5px] font-normal focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          >
            <option value="" disabled>
              {s.choose}
            </option>
            {mode === 'transfer' && <option value={BACK_TO_NEW}>{s.backToNew}</option>}
            {agents.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id === me.id ? s.you(a.name) : a.name}
              </option>
            ))}
          </select>
        </label>
        {mode === 'transfer' && (
          <label className="flex flex-col gap-1 text-[12px] font-medium text-zinc-700">
            {s.note}
            <textarea
              data-testid="transfer-note"
              rows={3}
              maxLength={4000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void submit();
                }
              }}
              className="resize-none rounded-md border border-amber-300 bg-amber-50/60 px-2 py-1.5 text-[12.5px] font-normal text-amber-950 focus:border-amber-500 focus:outline-none focus:ring-2 focus:ring-amber-200"
            />
          </label>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" className={buttonClass.quiet} onClick={onClose}>
            {t.lifecycle.actions.cancel}
          </button>
          <button
            type="submit"
            data-testid="transfer-submit"
            disabled={!target || busy}
            className={buttonClass.primary}
          >
            {mode === 'transfer' ? s.submit : s.assign}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import type { Agent, Note } from '@/core/model';
import { clockTime, dayLabel } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { LockIcon } from '../common/icons';

interface Props {
  notes: Note[];
  agents: Map<string, Agent>;
  now: number;
  /** Rejects when the note could not be saved: the draft stays. */
  onSave: (text: string) => Promise<void>;
}

/** The Notes tab: every private note with author and time, and a form (Ctrl/Cmd+Enter saves). */
export function NotesPanel({ notes, agents, now, onSave }: Props) {
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const text = draft.trim();
    if (!text || busy) return;
    setBusy(true);
    try {
      await onSave(text);
      setDraft('');
    } catch {
      // The panel's notice says why; the draft is kept for another try.
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="notes-panel" className="flex flex-col gap-2">
      {notes.length === 0 ? (
        <p className="text-[12px] text-zinc-500">{t.lifecycle.notes.empty}</p>
      ) : (
        // The notes are also inline in the thread: here a short scrolling list keeps the form in view.
        <ul data-testid="notes-panel-list" className="flex max-h-24 flex-col gap-1.5 overflow-y-auto">
          {notes.map((n) => (
            <li
              key={n.id}
              data-testid="notes-panel-item"
              className="rounded-md bg-amber-50 px-2.5 py-1.5 ring-1 ring-amber-200"
            >
              <p className="text-[10.5px] font-medium text-amber-700">
                {agents.get(n.agentId)?.name ?? t.lifecycle.notes.someone} · {dayLabel(n.createdAt, now)}{' '}
                {clockTime(n.createdAt)}
              </p>
              <p className="whitespace-pre-wrap [overflow-wrap:anywhere] text-[12.5px] text-amber-950">{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="relative min-w-0 flex-1">
          <span className="sr-only">{t.lifecycle.notes.label}</span>
          <LockIcon className="pointer-events-none absolute left-2 top-2.5 h-3 w-3 text-amber-600" />
          <textarea
            data-testid="note-input"
            rows={2}
            value={draft}
            maxLength={4000}
            placeholder={t.lifecycle.notes.placeholder}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void save();
              }
            }}
            className="block w-full resize-none rounded-md border border-amber-300 bg-amber-50/60 py-1.5 pl-6 pr-2 text-[12.5px] text-amber-950 placeholder:text-amber-700/60 focus:border-amber-500 focus:outline-none focus:ring-2 focus:ring-amber-200"
          />
        </label>
        <button
          type="submit"
          data-testid="note-save"
          disabled={busy || draft.trim() === ''}
          className="shrink-0 rounded-md bg-amber-500 px-2.5 py-1.5 text-[12px] font-medium text-white hover:bg-amber-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:opacity-50"
        >
          {busy ? t.lifecycle.notes.saving : t.lifecycle.notes.save}
        </button>
      </form>
    </div>
  );
}

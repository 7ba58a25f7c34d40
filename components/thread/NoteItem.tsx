import type { Note } from '@/core/model';
import { clockTime } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { LockIcon } from '../common/icons';

/**
 * A private note inline in the thread: full width, amber, dashed, with a lock — no one could take
 * it for a customer's bubble (left) or a sent reply (right, indigo).
 */
export function NoteItem({ note, authorName }: { note: Note; authorName: string | undefined }) {
  return (
    <div data-testid="thread-note" data-note-id={note.id} className="my-2 flex justify-center">
      <div className="w-full rounded-lg border border-dashed border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
        <p className="mb-0.5 flex items-center gap-1.5 text-[10.5px] font-semibold uppercase tracking-wide text-amber-700">
          <LockIcon className="h-3 w-3" aria-hidden />
          <span data-testid="note-byline">
            {t.lifecycle.notes.byline(authorName ?? t.lifecycle.notes.someone, clockTime(note.createdAt))}
          </span>
        </p>
        <p className="whitespace-pre-wrap [overflow-wrap:anywhere] text-[12.5px] leading-snug">{note.text}</p>
      </div>
    </div>
  );
}

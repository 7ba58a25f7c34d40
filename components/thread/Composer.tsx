import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '@/utils/i18n';
import { SendIcon } from '../common/icons';

interface Props {
  /** Why the agent cannot write here; null when they can. */
  blockedReason: string | null;
  hint?: string | null;
  /** Beside the blocked reason: what would unblock it (Take over, for the bot's conversation). */
  blockedAction?: ReactNode;
  onSend: (text: string) => Promise<void>;
  /** Helpers above the reply box (the suggestions), given a way to put text into it. Not while blocked. */
  tools?: (composer: { fill: (text: string) => void }) => ReactNode;
}

/** Enter sends, Shift+Enter breaks the line; the text is kept if sending fails. */
export function Composer({ blockedReason, hint, blockedAction, onSend, tools }: Props) {
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const blocked = blockedReason !== null;

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const body = text.trim();
    if (!body || blocked) return;
    setText('');
    try {
      await onSend(body);
    } catch {
      setText(body);
    }
    ref.current?.focus();
  };

  // Replaces the draft, ready to edit: focus, caret at the end (after the render that shows it).
  const [filled, setFilled] = useState(0);
  const fill = (value: string) => {
    setText(value);
    setFilled((n) => n + 1);
  };
  useEffect(() => {
    const el = ref.current;
    if (filled === 0 || !el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, [filled]);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form
      onSubmit={submit}
      className="flex min-h-0 flex-col border-t border-zinc-200 bg-white p-2.5"
      data-testid="composer"
    >
      {blocked && (
        <div
          data-testid="composer-blocked-reason"
          role="note"
          className="mb-2 flex items-center gap-2 rounded-md bg-amber-50 px-2.5 py-2 text-[12px] leading-snug text-amber-900 ring-1 ring-inset ring-amber-200"
        >
          <span className="flex-1">{blockedReason}</span>
          {blockedAction}
        </div>
      )}
      {!blocked && hint && <p className="mb-1.5 px-1 text-[11px] text-zinc-500">{hint}</p>}
      {!blocked && tools?.({ fill })}
      <div className="flex items-end gap-2">
        <textarea
          ref={ref}
          data-testid="composer-input"
          aria-label={t.composer.label}
          placeholder={t.composer.placeholder}
          value={text}
          disabled={blocked}
          rows={Math.min(6, Math.max(2, text.split('\n').length))}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          className="field-sizing-content max-h-40 min-h-[44px] flex-1 resize-none rounded-lg border border-zinc-300 bg-white px-2.5 py-2 text-[13px] leading-snug text-zinc-900 placeholder:text-zinc-400 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 disabled:cursor-not-allowed disabled:bg-zinc-50"
        />
        <button
          type="submit"
          data-testid="send-button"
          aria-label={t.composer.send}
          disabled={blocked || text.trim() === ''}
          className="flex h-9 w-9 shrink-0 items-center justify-center rounded-lg bg-indigo-600 text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:bg-zinc-200 disabled:text-zinc-400 disabled:shadow-none"
        >
          <SendIcon />
        </button>
      </div>
    </form>
  );
}

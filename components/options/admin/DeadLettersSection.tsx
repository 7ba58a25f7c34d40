// Dead letters: webhooks the server acknowledged but could not store, newest first, each with why
// and a Replay (run once the cause is fixed; a replay that still fails shows the new reason).
import { useEffect, useState } from 'react';
import type { DeadLetter } from '@/core/api/deadLetters';
import { activeLocale, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { ErrorText, quietButton, RowList, secondaryButton, SectionHeader } from './ui';
import { useAdminAction } from './useAdminAction';

const when = (at: number) =>
  new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);

function DeadLetterRow({ letter, onChange }: { letter: DeadLetter; onChange: (letter: DeadLetter) => void }) {
  const { run, busy, error } = useAdminAction();
  const replay = async () => {
    const answer = await run(() => sendMessage('replayDeadLetter', { deadLetterId: letter.id }));
    if (answer) onChange(answer.deadLetter);
  };
  return (
    <li className="px-4 py-2.5" data-testid="dead-letter-row" data-replayed={letter.replayedAt !== null}>
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-zinc-800">
            <span className="font-medium">{t.channels[letter.channel]}</span>
            <span className="text-zinc-500">
              {' '}
              · {t.deadLetters.received(when(letter.receivedAt))} · {t.deadLetters.size(letter.size)}
            </span>
          </p>
          <p className={letter.replayedAt === null ? 'mt-0.5 text-rose-700' : 'mt-0.5 text-emerald-700'}>
            {letter.replayedAt === null
              ? `${t.deadLetters.waiting}: ${letter.error}`
              : t.deadLetters.replayed(when(letter.replayedAt))}
          </p>
          <p className="mt-1 truncate font-mono text-[11.5px] text-zinc-500">{letter.excerpt}</p>
        </div>
        {letter.replayedAt === null && (
          <button type="button" className={quietButton} disabled={busy} onClick={() => void replay()}>
            {busy ? t.deadLetters.replaying : t.deadLetters.replay}
          </button>
        )}
      </div>
      <ErrorText error={error} />
    </li>
  );
}

export function DeadLettersSection() {
  const [letters, setLetters] = useState<DeadLetter[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    sendMessage('listDeadLetters')
      .then((answer) => {
        if (!live) return;
        setLetters(answer.deadLetters);
        setError(null);
      })
      .catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
  }, [round]);
  const replace = (changed: DeadLetter) =>
    setLetters((all) => all?.map((letter) => (letter.id === changed.id ? changed : letter)) ?? null);
  return (
    <div className="max-w-2xl">
      <SectionHeader
        title={t.deadLetters.title}
        hint={t.deadLetters.hint}
        actions={
          <button type="button" className={secondaryButton} onClick={() => setRound((n) => n + 1)}>
            {t.deadLetters.refresh}
          </button>
        }
      />
      <ErrorText error={error} />
      {letters && letters.length === 0 ? (
        <p
          className="rounded-lg border border-zinc-200 bg-white px-4 py-6 text-center text-zinc-500"
          data-testid="dead-letters-empty"
        >
          {t.deadLetters.empty}
        </p>
      ) : (
        <RowList testId="dead-letter-list">
          {(letters ?? []).map((letter) => (
            <DeadLetterRow key={letter.id} letter={letter} onChange={replace} />
          ))}
        </RowList>
      )}
    </div>
  );
}

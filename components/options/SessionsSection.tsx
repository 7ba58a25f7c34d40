// Every agent's sessions: where they are signed in, this browser marked, and an End button for
// the others (a lost laptop). Read from the server through the background, on opening the page.
import { useCallback, useEffect, useState } from 'react';
import type { Session } from '@/core/api/sessions';
import { relativeTime } from '@/utils/format/time';
import { t } from '@/utils/i18n';
import { errorCodeOf, errorWords } from '@/utils/i18n/errorWords';
import { sendMessage } from '@/utils/messaging/protocol';
import { describeUserAgent } from '@/utils/session/describeUserAgent';
import { useNow } from '../hooks/useNow';

function label(session: Session): string {
  const known = describeUserAgent(session.userAgent);
  if (!known) return t.sessions.unknownBrowser;
  return known.system ? t.sessions.on(known.browser, known.system) : known.browser;
}

export function SessionsSection() {
  const now = useNow();
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      sendMessage('listSessions').then(setSessions, (err: unknown) =>
        setError(t.sessions.failed(errorWords(errorCodeOf(err)))),
      ),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const end = async (sessionId: string) => {
    setBusyId(sessionId);
    setError(null);
    try {
      await sendMessage('endSession', { sessionId });
    } catch (err) {
      setError(t.sessions.failed(errorWords(errorCodeOf(err))));
    }
    await load();
    setBusyId(null);
  };

  return (
    <section data-testid="sessions" className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
      <h2 className="font-semibold text-zinc-900">{t.sessions.title}</h2>
      <p className="mt-0.5 text-zinc-500">{t.sessions.hint}</p>
      {sessions === null && !error && <p className="mt-3 text-zinc-500">{t.sessions.loading}</p>}
      <ul className="mt-3 divide-y divide-zinc-100">
        {(sessions ?? []).map((session) => {
          const when = relativeTime(session.lastUsedAt, now);
          return (
            <li key={session.id} data-testid="session-row" className="flex items-center gap-3 py-2">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-zinc-800" title={session.userAgent}>
                  {label(session)}
                </p>
                <p className="text-[12px] text-zinc-500">{t.sessions.lastActive(when)}</p>
              </div>
              {session.current ? (
                <span className="shrink-0 rounded-full bg-indigo-50 px-2 py-0.5 text-[11.5px] font-medium text-indigo-700">
                  {t.sessions.thisBrowser}
                </span>
              ) : (
                <button
                  type="button"
                  data-testid="session-end"
                  aria-label={t.sessions.endOf(label(session), when)}
                  disabled={busyId !== null}
                  onClick={() => void end(session.id)}
                  className="shrink-0 rounded px-2 py-1 text-[12.5px] font-medium text-rose-700 hover:bg-rose-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-40"
                >
                  {t.sessions.end}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-rose-50 px-3 py-2 text-rose-800 ring-1 ring-inset ring-rose-200">
          {error}
        </p>
      )}
    </section>
  );
}

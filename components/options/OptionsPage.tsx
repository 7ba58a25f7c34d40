import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { keepWorkerAlive } from '@/utils/messaging/keepAlive';
import { sendMessage, VIEW_PORT_NAME } from '@/utils/messaging/protocol';
import { createSessionStore, DEFAULT_SERVER_URL } from '@/utils/session/sessionStore';
import { runSignInFlow } from '@/utils/session/signInFlow';
import { useMe } from '../hooks/useLocalData';
import { LanguagePicker } from '../settings/LanguagePicker';
import { AdminArea } from './admin/AdminArea';
import { Field } from './Field';
import { NotificationSwitches } from './NotificationSwitches';
import { SessionsSection } from './SessionsSection';

export function OptionsPage() {
  const session = useMe();
  const [serverUrl, setServerUrl] = useState(DEFAULT_SERVER_URL);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void createSessionStore().lastServerUrl().then(setServerUrl);
  }, []);

  // While the page is open its lists (and a campaign's progress) stay live, as in the side panel.
  useEffect(() => {
    const controller = new AbortController();
    keepWorkerAlive(controller.signal, browser.runtime, VIEW_PORT_NAME);
    return () => controller.abort();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const outcome = await runSignInFlow(
      {
        requestOrigins: (origins) => browser.permissions.request({ origins }),
        signIn: (req) => sendMessage('signIn', req),
      },
      { serverUrl, email, password },
    );
    setBusy(false);
    if (outcome.ok) setPassword('');
    else setError(outcome.error);
  };

  const me = session?.me;
  const isAdmin = me?.agent.role === 'admin';
  return (
    <main className={`mx-auto ${isAdmin ? 'max-w-5xl' : 'max-w-md'} px-4 py-10 sm:px-6 text-[13px] text-zinc-900`}>
      <div className="mb-6 flex items-center gap-3">
        <img src="/icon/48.png" alt="" className="h-9 w-9" />
        <div>
          <h1 className="text-base font-semibold">{t.options.title}</h1>
          <p className="text-zinc-500">{t.options.subtitle}</p>
        </div>
      </div>
      {me ? (
        <>
          <div className={isAdmin ? 'grid items-start gap-4 sm:grid-cols-2' : 'space-y-4'}>
            <section data-testid="signed-in" className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
              <p data-testid="signed-in-as" className="font-medium">
                {t.options.signedInAs(me.agent.name, me.agent.email)}
              </p>
              <p className="mt-1 text-zinc-500">{t.options.server(me.serverUrl)}</p>
              <p className="mt-3 text-zinc-500">{t.options.openPanelHint}</p>
              <button
                type="button"
                data-testid="sign-out"
                onClick={() => void sendMessage('signOut')}
                className="mt-4 rounded-md border border-zinc-300 bg-white px-3 py-1.5 font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
              >
                {t.options.signOut}
              </button>
            </section>
            <NotificationSwitches />
            <SessionsSection />
          </div>
          {isAdmin && <AdminArea />}
        </>
      ) : (
        <form
          onSubmit={submit}
          className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm"
          data-testid="sign-in-form"
        >
          <Field
            id="server-url"
            label={t.options.serverUrl}
            type="url"
            value={serverUrl}
            onChange={setServerUrl}
            autoComplete="url"
          />
          <Field
            id="email"
            label={t.options.email}
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="username"
          />
          <Field
            id="password"
            label={t.options.password}
            type="password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
          />
          {error && (
            <p
              role="alert"
              data-testid="options-error"
              className="rounded-md bg-rose-50 px-3 py-2 text-rose-800 ring-1 ring-inset ring-rose-200"
            >
              {error}
            </p>
          )}
          <button
            type="submit"
            data-testid="sign-in"
            disabled={busy}
            className="w-full rounded-md bg-indigo-600 px-3 py-2 font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-60"
          >
            {busy ? t.options.signingIn : t.options.signIn}
          </button>
        </form>
      )}
      <section className="mt-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm" data-testid="options-language">
        <LanguagePicker />
      </section>
    </main>
  );
}

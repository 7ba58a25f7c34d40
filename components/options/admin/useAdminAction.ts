// Runs one admin call with the signed-in session, then asks the background to sync so the live
// copy (and so every list on the page) shows the result. Tracks busy and the server's message.
import { useCallback, useState } from 'react';
import { createAdminClient, type AdminClient } from '@/utils/api/adminClient';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { createSessionStore } from '@/utils/session/sessionStore';

export function useAdminAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async <T>(call: (api: AdminClient) => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      const session = await createSessionStore().get();
      if (!session) throw new Error(t.signedOut.title);
      const result = await call(createAdminClient({ baseUrl: session.serverUrl, token: session.token }));
      await sendMessage('syncNow').catch(() => undefined);
      return result;
    } catch (err) {
      setError(t.admin.failed((err as Error).message));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  return { run, busy, error, clearError: () => setError(null) };
}

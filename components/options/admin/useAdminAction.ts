// Runs one admin request through the background (which holds the session and catches the synced
// copy up before it answers, so every list on the page shows the result). Tracks busy and the
// server's message.
import { useCallback, useState } from 'react';
import { t } from '@/utils/i18n';

export function useAdminAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await call();
    } catch (err) {
      setError(t.admin.failed((err as Error).message || String(err)));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  return { run, busy, error, clearError: () => setError(null) };
}

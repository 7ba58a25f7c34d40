// Runs one admin call through the background (which alone holds the session token) and keeps busy
// and the server's message; the background writes the answer into the copy, so lists update live.
import { useCallback, useState } from 'react';
import { t } from '@/utils/i18n';

export function useBackgroundAction() {
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
  return { run, busy, error };
}

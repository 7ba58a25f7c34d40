// What the side panel's actions report, shared by the action hooks and the components that show it.
import { t } from '@/utils/i18n';

export type Notice = { tone: 'error' | 'info'; text: string };

/** Runs an action; a failure becomes a notice and `undefined`. */
export type Guard = <T>(run: () => Promise<T>) => Promise<T | undefined>;

/** Turns an error that crossed the messaging bridge into words for the agent (never a stack). */
export function describeError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e?.code === 'conflict') return e.message || t.errors.conflict;
  return t.errors.generic(e?.message || String(err));
}

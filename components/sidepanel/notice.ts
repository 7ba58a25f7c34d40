// What the side panel's actions report, shared by the action hooks and the components that show it.
import { errorCodeOf, errorWords } from '@/utils/i18n/errorWords';

export type Notice = { tone: 'error' | 'info'; text: string };

/** Runs an action; a failure becomes a notice and `undefined`. */
export type Guard = <T>(run: () => Promise<T>) => Promise<T | undefined>;

/** Turns an error that crossed the messaging bridge into words for the agent, in the panel's language. */
export function describeError(err: unknown, online?: boolean): string {
  return errorWords(errorCodeOf(err), online);
}

import { t } from './index';

type Code = keyof typeof t.errors.codes;
const isCode = (code: string): code is Code => Object.hasOwn(t.errors.codes, code);

/**
 * The one mapping from an error code to words for the agent, in the panel's language. A request
 * that got no answer is "you are offline" only when the browser says so; with the browser online
 * it is the Sidedesk server that cannot be reached. A code we do not know (Meta's numeric ones on
 * a message WhatsApp refused) gets plain words, never the raw text.
 */
export function errorWords(
  code: string | null | undefined,
  online: boolean = globalThis.navigator?.onLine ?? true,
): string {
  if (code === 'offline' || code === 'timeout') return online ? t.errors.unreachable : t.errors.codes.offline;
  if (code && isCode(code)) return t.errors.codes[code];
  if (code && /^\d+$/.test(code)) return t.errors.notDelivered;
  return t.errors.unknown;
}

/** The code of an error that crossed the messaging bridge (own fields survive it), if any. */
export function errorCodeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  // fetch's own network failure ("Failed to fetch") when it did not go through our client.
  return err instanceof TypeError ? 'offline' : undefined;
}

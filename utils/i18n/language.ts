// Which language the UI speaks: the agent's stored choice, else the browser's language. A device
// preference in browser.storage.local, read by every extension context and applied live.
import { browser } from 'wxt/browser';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = Language | 'auto';

export const LANGUAGE_KEY = 'sidedesk.language';

/** BCP 47 tags for Intl date/time formatting, per language. */
export const LOCALES: Record<Language, string> = { en: 'en', es: 'es' };

/** The browser's language mapped to one we speak: anything starting with "es" is Spanish. */
export function detectLanguage(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function resolveLanguage(choice: LanguageChoice, navigatorLanguage: string | undefined): Language {
  return choice === 'auto' ? detectLanguage(navigatorLanguage) : choice;
}

function isChoice(value: unknown): value is LanguageChoice {
  return value === 'auto' || (LANGUAGES as readonly unknown[]).includes(value);
}

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set'>;

export async function getLanguageChoice(storage: StorageArea = browser.storage.local): Promise<LanguageChoice> {
  const got = await storage.get(LANGUAGE_KEY);
  const value = got[LANGUAGE_KEY];
  return isChoice(value) ? value : 'auto';
}

export async function setLanguageChoice(
  choice: LanguageChoice,
  storage: StorageArea = browser.storage.local,
): Promise<void> {
  await storage.set({ [LANGUAGE_KEY]: choice });
}

/** Calls `onChange` with every new stored choice (from any context) until `signal` aborts. */
export function watchLanguageChoice(onChange: (choice: LanguageChoice) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
    const value = changes[LANGUAGE_KEY]!.newValue;
    onChange(isChoice(value) ? value : 'auto');
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

import { en, type Strings } from './en';
import { es } from './es';
import { LOCALES, type Language } from './language';

const TABLES: Record<Language, Strings> = { en, es };
let active: Language = 'en';
const listeners = new Set<(language: Language) => void>();

/**
 * The active strings. Reads go to the current language at the moment they happen, so `t` works in
 * React (the I18nProvider re-renders the tree on a switch), the background and plain modules alike.
 */
export const t: Strings = new Proxy({} as Strings, {
  get: (_, key) => TABLES[active][key as keyof Strings],
  has: (_, key) => key in TABLES[active],
  ownKeys: () => Reflect.ownKeys(TABLES[active]),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(TABLES[active], key),
});

export function activeLanguage(): Language {
  return active;
}

/**
 * The Intl locale for dates and times in the active language: the browser's own tag when it is
 * that language (an es-AR agent keeps Argentine formats), else the bare language.
 */
export function activeLocale(navigatorLanguage: string | undefined = globalThis.navigator?.language): string {
  return navigatorLanguage?.toLowerCase().startsWith(active) ? navigatorLanguage : LOCALES[active];
}

export function setActiveLanguage(language: Language): void {
  if (language === active) return;
  active = language;
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function stringsFor(language: Language): Strings {
  return TABLES[language];
}

export type { Strings };
export type { Language, LanguageChoice } from './language';

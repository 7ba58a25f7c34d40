import { cloneElement, createContext, useContext, useEffect, useState, type ReactElement } from 'react';
import { activeLanguage, onLanguageChange, t, type Language, type Strings } from '@/utils/i18n';
import { startLanguageSync } from '@/utils/i18n/languageSync';

const LanguageContext = createContext<Language>('en');

/**
 * Loads the stored language before the first paint (no English flash for a Spanish agent) and
 * re-renders the whole tree when it changes: the child is cloned so React cannot bail out, and every
 * component that reads `t` during render picks up the new strings without losing its state.
 */
export function I18nProvider({ children }: { children: ReactElement }) {
  const [language, setLanguage] = useState<Language | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const off = onLanguageChange(setLanguage);
    void startLanguageSync(controller.signal).then(() => setLanguage(activeLanguage()));
    return () => {
      off();
      controller.abort();
    };
  }, []);

  if (language === null) return null;
  return <LanguageContext.Provider value={language}>{cloneElement(children, { key: 'app' })}</LanguageContext.Provider>;
}

/** The active language; a component that reads it re-renders on a switch even when memoized. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The active strings, subscribed to language switches. */
export function useT(): Strings {
  useLanguage();
  return t;
}

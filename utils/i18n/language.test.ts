import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeLanguage, activeLocale, setActiveLanguage, t } from './index';
import { en } from './en';
import { es } from './es';
import { detectLanguage, getLanguageChoice, LANGUAGE_KEY, resolveLanguage, setLanguageChoice } from './language';
import { startLanguageSync } from './languageSync';

describe('language choice', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => setActiveLanguage('en'));

  it('follows the browser: any es-* is Spanish, everything else English', () => {
    expect(detectLanguage('es')).toBe('es');
    expect(detectLanguage('es-419')).toBe('es');
    expect(detectLanguage('ES-mx')).toBe('es');
    expect(detectLanguage('en-US')).toBe('en');
    expect(detectLanguage('pt-BR')).toBe('en');
    expect(detectLanguage(undefined)).toBe('en');
  });

  it('a stored choice beats the browser; auto defers to it', () => {
    expect(resolveLanguage('en', 'es-AR')).toBe('en');
    expect(resolveLanguage('es', 'en-US')).toBe('es');
    expect(resolveLanguage('auto', 'es-AR')).toBe('es');
  });

  it('is stored in browser.storage.local, and garbage reads as auto', async () => {
    expect(await getLanguageChoice(fakeBrowser.storage.local)).toBe('auto');
    await setLanguageChoice('es', fakeBrowser.storage.local);
    expect(await getLanguageChoice(fakeBrowser.storage.local)).toBe('es');
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'klingon' });
    expect(await getLanguageChoice(fakeBrowser.storage.local)).toBe('auto');
  });

  it('t reads the active language at the moment of reading', () => {
    const before = t.thread;
    expect(before.take).toBe('Take');
    setActiveLanguage('es');
    expect(t.thread.take).toBe('Tomar');
    expect(t.list.unread(3)).toBe('3 sin leer');
    expect(activeLanguage()).toBe('es');
  });

  it('dates use the chosen language, keeping the browser region when it is the same language', () => {
    setActiveLanguage('es');
    expect(activeLocale('es-AR')).toBe('es-AR');
    expect(activeLocale('en-US')).toBe('es');
    setActiveLanguage('en');
    expect(activeLocale('en-GB')).toBe('en-GB');
    expect(activeLocale('es-MX')).toBe('en');
  });

  it('a context starts in the stored language and follows a switch made elsewhere', async () => {
    await setLanguageChoice('es', fakeBrowser.storage.local);
    const controller = new AbortController();
    await startLanguageSync(controller.signal, 'en-US');
    expect(activeLanguage()).toBe('es');
    await setLanguageChoice('auto', fakeBrowser.storage.local);
    await new Promise((r) => setTimeout(r, 0));
    expect(activeLanguage()).toBe('en');
    controller.abort();
    await setLanguageChoice('es', fakeBrowser.storage.local);
    await new Promise((r) => setTimeout(r, 0));
    expect(activeLanguage()).toBe('en');
  });

  it('Spanish has every key English has, at every depth, and no English left in place', () => {
    const walk = (a: Record<string, unknown>, b: Record<string, unknown>, path: string) => {
      expect(Object.keys(b).sort(), path).toEqual(Object.keys(a).sort());
      for (const key of Object.keys(a)) {
        if (typeof a[key] === 'object')
          walk(a[key] as Record<string, unknown>, b[key] as Record<string, unknown>, `${path}.${key}`);
        else expect(typeof b[key], `${path}.${key}`).toBe(typeof a[key]);
      }
    };
    walk(en, es, 'es');
    expect(es.composer.placeholder).not.toBe(en.composer.placeholder);
  });
});

import { setActiveLanguage } from './index';
import { getLanguageChoice, resolveLanguage, watchLanguageChoice } from './language';

/**
 * Makes this context speak the stored language and follow every later switch (made in the side
 * panel, the options page or another window). Resolves once the stored choice is applied.
 */
export async function startLanguageSync(
  signal: AbortSignal,
  navigatorLanguage: string | undefined = globalThis.navigator?.language,
): Promise<void> {
  watchLanguageChoice((choice) => setActiveLanguage(resolveLanguage(choice, navigatorLanguage)), signal);
  const choice = await getLanguageChoice().catch(() => 'auto' as const);
  if (!signal.aborted) setActiveLanguage(resolveLanguage(choice, navigatorLanguage));
}

import { useEffect, useState } from 'react';
import { getLanguageChoice, LANGUAGES, setLanguageChoice, type LanguageChoice } from '@/utils/i18n/language';
import { useT } from '../hooks/I18nProvider';

/** Browser language / English / Español; stored per device and applied live in every open view. */
export function LanguagePicker({ id = 'language' }: { id?: string }) {
  const t = useT();
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  useEffect(() => {
    void getLanguageChoice().then(setChoice);
  }, []);
  const change = (next: LanguageChoice) => {
    setChoice(next);
    void setLanguageChoice(next);
  };
  return (
    <div className="flex items-center justify-between gap-3">
      <label htmlFor={id} className="font-medium text-zinc-700">
        {t.language.label}
      </label>
      <select
        id={id}
        data-testid="language-select"
        value={choice ?? 'auto'}
        onChange={(e) => change(e.target.value as LanguageChoice)}
        className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-[12.5px] focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500"
      >
        <option value="auto">{t.language.auto}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t.language[language]}
          </option>
        ))}
      </select>
    </div>
  );
}

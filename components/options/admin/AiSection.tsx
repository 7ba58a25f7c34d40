// Administration → AI: the three switches, the language of written summaries and the bot prompt,
// beside what the server has configured, so the admin knows what each switch will do.
import { useEffect, useState, type FormEvent } from 'react';
import type { AiSettingsPatch } from '@/utils/api/aiClient';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { AiSetupBox, type SetupState } from './AiSetupBox';
import { Switch } from './Switch';
import { ErrorText, inputClass, labelClass, Notice, primaryButton, SectionHeader } from './ui';
import { useAdminAction } from './useAdminAction';
import { useWorkspaceSettings } from './useCatalog';

const SWITCHES = ['summaryAndSuggestions', 'transcribeVoiceNotes', 'botAnswersVoiceNotes'] as const;
const LANGUAGES = ['en', 'es'] as const;

export function AiSection() {
  const settings = useWorkspaceSettings()?.settings ?? null;
  const { run, busy, error } = useAdminAction();
  const [setup, setSetup] = useState<SetupState>({ state: 'loading' });
  useEffect(() => {
    sendMessage('getAiSettings').then(
      ({ ai }) => setSetup({ state: 'ready', ai }),
      (err: Error) => setSetup({ state: 'failed', message: err.message }),
    );
  }, []);
  const [promptSaved, setPromptSaved] = useState(false);
  const update = async (patch: AiSettingsPatch) => {
    setPromptSaved(false);
    const answer = await run(() => sendMessage('updateAiSettings', patch));
    if (answer) setSetup({ state: 'ready', ai: answer.ai });
    return answer !== undefined;
  };

  return (
    <div className="max-w-xl">
      <SectionHeader title={t.ai.admin.title} hint={t.ai.admin.hint} />
      <AiSetupBox setup={setup} />
      <ul className="mb-6 space-y-4">
        {SWITCHES.map((key) => (
          <li key={key} className="flex items-start justify-between gap-4">
            <div>
              <p id={`ai-${key}-label`} className="font-medium text-zinc-800">
                {t.ai.admin.switches[key]}
              </p>
              <p id={`ai-${key}-hint`} className="text-[12px] text-zinc-500">
                {t.ai.admin.switchHints[key]}
              </p>
            </div>
            <Switch
              labelledBy={`ai-${key}-label`}
              describedBy={`ai-${key}-hint`}
              testId={`ai-switch-${key}`}
              on={settings?.[key] === true}
              disabled={busy || !settings}
              onToggle={() => void update({ [key]: !settings?.[key] })}
            />
          </li>
        ))}
      </ul>
      <fieldset className="mb-6">
        <legend className={labelClass}>{t.ai.admin.workspaceLanguage}</legend>
        <div
          role="radiogroup"
          aria-label={t.ai.admin.workspaceLanguage}
          className="inline-flex rounded-md bg-zinc-100 p-0.5"
        >
          {LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              role="radio"
              aria-checked={settings?.workspaceLanguage === language}
              data-testid={`workspace-language-${language}`}
              disabled={busy || !settings}
              onClick={() => void update({ workspaceLanguage: language })}
              className={`rounded px-4 py-1.5 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                settings?.workspaceLanguage === language
                  ? 'bg-white text-zinc-900 shadow-sm'
                  : 'text-zinc-600 hover:text-zinc-900'
              }`}
            >
              {t.ai.admin.languages[language]}
            </button>
          ))}
        </div>
      </fieldset>
      {settings && (
        // A new saved prompt (ours, or another admin's) starts a fresh draft.
        <BotPrompt
          key={settings.botPrompt}
          saved={settings.botPrompt}
          busy={busy}
          onSave={async (botPrompt) => setPromptSaved(await update({ botPrompt }))}
        />
      )}
      {promptSaved && <Notice>{t.admin.saved}</Notice>}
      <ErrorText error={error} />
    </div>
  );
}

function BotPrompt({ saved, busy, onSave }: { saved: string; busy: boolean; onSave: (prompt: string) => void }) {
  const [draft, setDraft] = useState(saved);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(draft);
  };
  return (
    <form onSubmit={submit}>
      <label htmlFor="bot-prompt" className={labelClass}>
        {t.ai.admin.botPrompt}
      </label>
      <textarea
        id="bot-prompt"
        data-testid="bot-prompt"
        rows={5}
        maxLength={4000}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        className={`${inputClass} resize-y`}
      />
      <p className="mt-1.5 text-[12px] text-zinc-500">{t.ai.admin.botPromptHint}</p>
      <button
        type="submit"
        data-testid="save-bot-prompt"
        className={`${primaryButton} mt-2`}
        disabled={busy || draft === saved}
      >
        {busy ? t.admin.saving : t.admin.save}
      </button>
    </form>
  );
}

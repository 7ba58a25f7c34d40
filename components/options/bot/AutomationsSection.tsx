// Administration → Automations: rules that give a closed conversation back to the bot a set time
// after a closing of a kind (restarting at the start or a chosen step, optionally with a template
// first). Read and saved whole; while the server has no such route, its answer is shown as it is.
import { useEffect, useState } from 'react';
import type { AutomationRule } from '@/core/api/bot';
import type { FlowStep } from '@/core/bot/flow';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { ErrorText, Notice, primaryButton, SectionHeader, secondaryButton } from '../admin/ui';
import { useAdminAction } from '../admin/useAdminAction';
import { useTemplates } from '../admin/useCatalog';
import { AutomationRuleRow } from './AutomationRuleRow';

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready' };

const newRule = (rules: AutomationRule[]): AutomationRule => {
  let n = rules.length + 1;
  while (rules.some((r) => r.id === `rule-${n}`)) n++;
  return { id: `rule-${n}`, enabled: true, when: 'any', afterMinutes: 60, restartAtStepId: null, templateId: null };
};

export function AutomationsSection() {
  const a = t.bot.automations;
  const templates = useTemplates() ?? [];
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [rules, setRules] = useState<AutomationRule[]>([]);
  const [steps, setSteps] = useState<FlowStep[]>([]);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAdminAction();

  useEffect(() => {
    sendMessage('getAutomations').then(
      (answer) => {
        setRules(answer.rules);
        setLoad({ state: 'ready' });
      },
      (err: Error) => setLoad({ state: 'failed', message: err.message }),
    );
    // The restart picker names the flow's steps; without the bot it offers the start alone.
    sendMessage('getBot').then(
      (bot) => setSteps(bot.flow.steps),
      () => setSteps([]),
    );
  }, []);

  const edit = (next: AutomationRule[]) => {
    setSaved(false);
    setRules(next);
  };
  const save = async () => {
    const answer = await run(() => sendMessage('saveAutomations', { rules }));
    if (!answer) return;
    setRules(answer.rules);
    setSaved(true);
  };

  return (
    <div className="max-w-3xl" data-testid="automations-section">
      <SectionHeader title={a.title} hint={a.hint} />
      {load.state === 'loading' && (
        <p role="status" className="text-zinc-500">
          {a.loading}
        </p>
      )}
      {load.state === 'failed' && <ErrorText error={a.unavailable(load.message)} />}
      {load.state === 'ready' && (
        <>
          {rules.length === 0 ? (
            <p className="rounded-lg border border-zinc-200 px-4 py-6 text-center text-zinc-500">{a.none}</p>
          ) : (
            <ol className="space-y-3" data-testid="automation-rules">
              {rules.map((rule, i) => (
                <AutomationRuleRow
                  key={rule.id}
                  index={i}
                  rule={rule}
                  steps={steps}
                  templates={templates}
                  onChange={(next) => edit(rules.map((r, j) => (j === i ? next : r)))}
                  onRemove={() => edit(rules.filter((_, j) => j !== i))}
                />
              ))}
            </ol>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              data-testid="automation-add"
              className={secondaryButton}
              disabled={rules.length >= 20}
              onClick={() => edit([...rules, newRule(rules)])}
            >
              + {a.add}
            </button>
            <button
              type="button"
              data-testid="automations-save"
              className={primaryButton}
              disabled={busy}
              onClick={() => void save()}
            >
              {busy ? t.admin.saving : a.save}
            </button>
          </div>
          {saved && <Notice>{a.saved}</Notice>}
          <ErrorText error={error} />
        </>
      )}
    </div>
  );
}

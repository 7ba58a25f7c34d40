// Administration → Bot: the switch, the flow (a structured editor of steps, or its JSON with the
// problems at their lines), the words that hand over, and one save that is checked here first.
import { t } from '@/utils/i18n';
import { ErrorText, inputClass, labelClass, Notice, primaryButton, SectionHeader } from '../admin/ui';
import { Switch } from '../admin/Switch';
import { useAgentList, useFields } from '../admin/useCatalog';
import { FlowJsonEditor } from './FlowJsonEditor';
import { FlowStepsEditor } from './FlowStepsEditor';
import { ProblemList } from './ProblemList';
import { useBotEditor, type FlowView } from './useBotEditor';

const VIEWS: FlowView[] = ['steps', 'json'];

export function BotSection() {
  const fields = useFields();
  const agents = useAgentList();
  const editor = useBotEditor(fields);
  const b = t.bot.admin;
  const { load } = editor;
  if (load.state !== 'ready')
    return (
      <div className="max-w-3xl">
        <SectionHeader title={b.title} hint={b.hint} />
        {load.state === 'loading' ? (
          <p role="status" className="text-zinc-500">
            {b.loading}
          </p>
        ) : (
          <ErrorText error={t.admin.failed(load.message)} />
        )}
      </div>
    );
  const blocked = editor.scanError !== null || editor.problems.length > 0;
  return (
    <div className="max-w-3xl" data-testid="bot-section">
      <SectionHeader title={b.title} hint={b.hint} />
      <div className="mb-6 flex items-start justify-between gap-4 rounded-lg border border-zinc-200 p-3">
        <div>
          <p id="bot-enabled-label" className="font-medium text-zinc-800">
            {b.enabled}
          </p>
          <p id="bot-enabled-hint" className="text-[12px] text-zinc-500">
            {b.enabledHint}
          </p>
        </div>
        <Switch
          labelledBy="bot-enabled-label"
          describedBy="bot-enabled-hint"
          testId="bot-switch"
          on={load.saved.enabled}
          disabled={editor.busy}
          onToggle={editor.toggle}
        />
      </div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-[13px] font-semibold text-zinc-900">
          {b.flow}{' '}
          <span data-testid="bot-version" className="font-normal text-zinc-500">
            · {b.version(load.saved.version)}
          </span>
        </h3>
        <div role="radiogroup" aria-label={b.viewLabel} className="inline-flex rounded-md bg-zinc-100 p-0.5">
          {VIEWS.map((view) => (
            <button
              key={view}
              type="button"
              role="radio"
              aria-checked={editor.view === view}
              data-testid={`bot-view-${view}`}
              disabled={view === 'steps' && !editor.canShowSteps}
              onClick={() => editor.switchView(view)}
              className={`rounded px-3 py-1 text-[12.5px] font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50 ${
                editor.view === view ? 'bg-white text-zinc-900 shadow-sm' : 'text-zinc-600 hover:text-zinc-900'
              }`}
            >
              {view === 'steps' ? b.structured : b.json}
            </button>
          ))}
        </div>
      </div>
      {editor.view === 'steps' && editor.flow ? (
        <FlowStepsEditor
          flow={editor.flow}
          fields={fields ?? []}
          agents={agents ?? []}
          problems={editor.problems}
          onChange={editor.editFlow}
        />
      ) : (
        <FlowJsonEditor
          text={editor.json}
          onChange={editor.editJson}
          problems={editor.problems}
          syntaxError={editor.scanError}
          lines={editor.lines}
        />
      )}
      <div className="mt-6">
        <label htmlFor="bot-keywords" className={labelClass}>
          {b.keywords}
        </label>
        <textarea
          id="bot-keywords"
          data-testid="bot-keywords"
          rows={3}
          value={editor.keywords}
          onChange={(e) => editor.setKeywords(e.target.value)}
          aria-describedby="bot-keywords-hint"
          className={`${inputClass} resize-y font-mono`}
        />
        <p id="bot-keywords-hint" className="mt-1 text-[12px] text-zinc-500">
          {b.keywordsHint}
        </p>
      </div>
      {editor.view === 'steps' && <ProblemList problems={editor.problems} />}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          data-testid="bot-save"
          className={primaryButton}
          disabled={editor.busy || blocked}
          onClick={editor.saveDraft}
        >
          {editor.busy ? t.admin.saving : b.save}
        </button>
        {blocked && <span className="text-[12px] text-rose-700">{b.fixFirst}</span>}
      </div>
      {editor.savedVersion !== null && <Notice>{b.saved(editor.savedVersion)}</Notice>}
      <ErrorText error={editor.error} />
    </div>
  );
}

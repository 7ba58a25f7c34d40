// The bot editor's state: the saved settings (read when the section opens; the bot is not synced),
// the draft flow in one of two views (steps or JSON text), the handover words, and the problems
// found here (core's schema and the links) or by the server on save, by step.
import { useEffect, useMemo, useState } from 'react';
import type { BotSettings, FlowProblem } from '@/core/api/bot';
import { Flow } from '@/core/bot/flow';
import type { FieldDefinition } from '@/core/model';
import { checkFlow, problemsFromError } from '@/utils/bot/flowProblems';
import { scanJson } from '@/utils/bot/jsonLines';
import { sendMessage } from '@/utils/messaging/protocol';
import { useAdminAction } from '../admin/useAdminAction';

export type FlowView = 'steps' | 'json';
type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; saved: BotSettings };

const pretty = (flow: Flow) => JSON.stringify(flow, null, 2);
const keywordLines = (text: string) => [
  ...new Set(
    text
      .split('\n')
      .map((w) => w.trim())
      .filter(Boolean),
  ),
];

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function useBotEditor(fields: FieldDefinition[] | undefined) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [flow, setFlow] = useState<Flow | null>(null);
  const [view, setView] = useState<FlowView>('steps');
  const [json, setJson] = useState('');
  const [keywords, setKeywords] = useState('');
  const [serverProblems, setServerProblems] = useState<FlowProblem[]>([]);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const action = useAdminAction();

  const adopt = (saved: BotSettings) => {
    setLoad({ state: 'ready', saved });
    setFlow(saved.flow);
    setJson(pretty(saved.flow));
    setKeywords(saved.handoverKeywords.join('\n'));
  };
  useEffect(() => {
    sendMessage('getBot').then(adopt, (err: Error) => setLoad({ state: 'failed', message: err.message }));
  }, []);

  // In the JSON view the text is the draft: a syntax error first, then the flow's own problems.
  const scan = useMemo(() => (view === 'json' ? scanJson(json) : null), [view, json]);
  const current: unknown = useMemo(
    () => (view === 'json' ? (scan?.error ? null : parsed(json)) : flow),
    [view, scan, json, flow],
  );
  // Field keys are checked only against a copy that has fields: an empty one may not have synced
  // yet, and the server checks them again on save anyway.
  const known = fields && fields.length > 0 ? fields : null;
  const local = useMemo(() => (current === null ? [] : checkFlow(current, known)), [current, known]);
  const problems = serverProblems.length > 0 ? serverProblems : local;

  const edited = () => {
    setServerProblems([]);
    setSavedVersion(null);
  };

  const save = async (enabled: boolean, saveFlow: boolean) => {
    if (load.state !== 'ready') return;
    if (saveFlow && (scan?.error || current === null || local.length > 0)) return;
    const body = {
      enabled,
      flow: saveFlow ? (current as Flow) : load.saved.flow,
      handoverKeywords: saveFlow ? keywordLines(keywords) : load.saved.handoverKeywords,
    };
    const answer = await action.run(async () => {
      try {
        return await sendMessage('saveBot', body);
      } catch (err) {
        setServerProblems(problemsFromError(err));
        throw err;
      }
    });
    if (!answer) return;
    if (!saveFlow) return setLoad({ state: 'ready', saved: answer });
    adopt(answer);
    setSavedVersion(answer.version);
  };

  return {
    load,
    flow,
    view,
    json,
    scanError: scan?.error ?? null,
    lines: scan?.lines ?? null,
    keywords,
    problems,
    savedVersion,
    busy: action.busy,
    error: action.error,
    setKeywords: (text: string) => {
      edited();
      setKeywords(text);
    },
    editFlow: (next: Flow) => {
      edited();
      setFlow(next);
    },
    editJson: (text: string) => {
      edited();
      setJson(text);
    },
    /** Back to the steps only from JSON shaped like a flow; dangling links show as problems there. */
    canShowSteps: view === 'steps' || Flow.safeParse(current).success,
    switchView: (next: FlowView) => {
      if (next === view) return;
      if (next === 'json' && flow) setJson(pretty(flow));
      if (next === 'steps') {
        const shaped = Flow.safeParse(current);
        if (!shaped.success) return;
        setFlow(shaped.data);
      }
      setView(next);
    },
    /** The switch saves at once, with the saved flow: a draft is saved by its own button. */
    toggle: () => {
      if (load.state === 'ready') void save(!load.saved.enabled, false);
    },
    saveDraft: () => {
      if (load.state === 'ready') void save(load.saved.enabled, true);
    },
  };
}

export type BotEditor = ReturnType<typeof useBotEditor>;

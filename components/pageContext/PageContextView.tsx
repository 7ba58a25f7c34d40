import type { Agent } from '@/core/model';
import { t } from '@/utils/i18n';
import { BackIcon } from '../common/icons';
import { RemoteThreadView } from '../search/RemoteThreadView';
import type { PanelActions } from '../sidepanel/usePanelActions';
import { MatchList } from './MatchList';
import { NoConversation } from './NoConversation';
import type { PageContext, PageView } from './usePageContext';

interface Props {
  pageContext: PageContext;
  view: PageView;
  agents: Map<string, Agent>;
  now: number;
  actions: PanelActions;
}

/** The panel's page-context screen: the page's customers, a lookup's outcome, or a read-only history. */
export function PageContextView({ pageContext: pc, view, agents, now, actions }: Props) {
  const p = t.pageContext;
  if (view.kind === 'remote')
    return (
      <RemoteThreadView
        conversation={view.conversation}
        agents={agents}
        now={now}
        actions={actions}
        onBack={() => pc.setView(view.back)}
      />
    );
  return (
    <section data-testid="page-context" data-view={view.kind} className="flex min-h-0 flex-1 flex-col">
      <header className="flex shrink-0 items-center gap-2 border-b border-zinc-200 px-2 py-1.5">
        <button
          type="button"
          data-testid="page-context-back"
          aria-label={p.back}
          title={p.back}
          onClick={() => pc.setView(null)}
          className="rounded p-1 text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          <BackIcon className="h-4 w-4" />
        </button>
        <h1 className="truncate text-[13px] font-semibold">{view.kind === 'page' ? p.title : p.menuTitle}</h1>
      </header>
      {view.kind === 'reading' || view.kind === 'finding' ? (
        <p role="status" className="p-4 text-[12.5px] text-zinc-600">
          {view.kind === 'reading' ? p.reading : p.finding(view.text)}
        </p>
      ) : view.kind === 'message' ? (
        <p role="status" data-testid="page-context-message" className="p-4 text-[12.5px] text-zinc-700">
          {view.text}
        </p>
      ) : view.kind === 'unknown' ? (
        <NoConversation value={view.value} onStart={pc.start} />
      ) : (
        <>
          <p
            data-testid="page-values"
            className="shrink-0 border-b border-zinc-100 px-3 py-1.5 text-[11.5px] text-zinc-500"
          >
            {view.values.phones.length + view.values.emails.length === 0
              ? p.noValues
              : `${p.values(view.values.phones.length, view.values.emails.length)} · ${
                  view.matches.length ? p.found(view.matches.length) : p.noneKnown
                }`}
          </p>
          <MatchList matches={view.matches} onOpen={(m) => void pc.openMatch(m, view)} />
        </>
      )}
    </section>
  );
}

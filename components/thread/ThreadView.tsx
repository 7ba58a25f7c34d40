import { useState } from 'react';
import type { Agent, Conversation } from '@/core/model';
import { composerState } from '@/utils/thread/composerState';
import { t } from '@/utils/i18n';
import { useConversation } from '../hooks/useLocalData';
import { useMessageWindow } from '../hooks/useMessageWindow';
import { useNotes } from '../hooks/useNotes';
import { useAiSwitches } from '../hooks/useAiSwitches';
import { SuggestionsBar } from './ai/SuggestionsBar';
import { SummaryPanel } from './ai/SummaryPanel';
import { ThreadActions } from './actions/ThreadActions';
import { NotesPanel } from './NotesPanel';
import { ThreadTabs, type ThreadTab } from './ThreadTabs';
import type { PanelActions } from '../sidepanel/usePanelActions';
import { ThreadShortcuts } from '../keyboard/ThreadShortcuts';
import { CustomerInfoToggle } from '../customer/CustomerInfoToggle';
import { CustomerPanel } from '../customer/CustomerPanel';
import { RemoteThreadView } from '../search/RemoteThreadView';
import { Composer } from './Composer';
import { EarlierConversations } from './EarlierConversations';
import { MessageList } from './MessageList';
import { TakeButton } from './TakeButton';
import { TemplatePicker } from './TemplatePicker';
import { ThreadHeader } from './ThreadHeader';

interface Props {
  conversationId: string;
  me: Agent;
  agents: Map<string, Agent>;
  now: number;
  actions: PanelActions;
  onBack: () => void;
}

export function ThreadView({ conversationId, me, agents, now, actions, onBack }: Props) {
  const found = useConversation(conversationId);
  const thread = useMessageWindow(conversationId);
  const notes = useNotes(conversationId) ?? [];
  const [infoOpen, setInfoOpen] = useState(false);
  const ai = useAiSwitches();
  // An earlier conversation with this customer, opened read-only over the thread.
  const [earlier, setEarlier] = useState<Conversation | null>(null);
  if (!found)
    return (
      <p role="status" className="p-6 text-center text-[12.5px] text-zinc-400">
        {t.thread.loading}
      </p>
    );
  const c = found.conversation;
  if (!c) {
    return (
      <div className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
        <p className="text-[13px] text-zinc-600">{t.thread.notFound}</p>
        <button
          type="button"
          data-testid="back-button"
          onClick={onBack}
          className="text-[13px] font-medium text-indigo-600 hover:underline"
        >
          {t.thread.back}
        </button>
      </div>
    );
  }
  if (earlier)
    return (
      <RemoteThreadView
        conversation={earlier}
        agents={agents}
        now={now}
        actions={actions}
        onBack={() => setEarlier(null)}
      />
    );
  const state = composerState(c, me, agents, now);
  const take = () => actions.accept(c.id);
  // The tabs at the bottom of the thread; more features add theirs here.
  const tabs: ThreadTab[] = [
    {
      id: 'notes',
      label: notes.length > 0 ? t.lifecycle.tabs.notesCount(notes.length) : t.lifecycle.tabs.notes,
      render: () => (
        <NotesPanel notes={notes} agents={agents} now={now} onSave={(text) => actions.addNote(c.id, text)} />
      ),
    },
    ...(ai.summaryAndSuggestions
      ? [
          {
            id: 'summary',
            label: t.ai.summary.tab,
            tone: 'indigo' as const,
            render: () => <SummaryPanel conversationId={c.id} now={now} />,
          },
        ]
      : []),
  ];
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ThreadShortcuts canTake={state.canTake} onTake={() => void take()} onBack={onBack} />
      <ThreadHeader
        conversation={c}
        now={now}
        onBack={onBack}
        action={
          <>
            {state.canTake && !state.withBot && <TakeButton onTake={take} />}
            <CustomerInfoToggle open={infoOpen} onToggle={() => setInfoOpen((open) => !open)} />
            <ThreadActions conversation={c} me={me} agents={agents} actions={actions} onLeave={onBack} />
          </>
        }
      />
      {/* Customer information: over the thread in the narrow panel, beside it from 640 px. */}
      <div className="relative flex min-h-0 flex-1">
        <div className="flex min-h-0 min-w-0 flex-1 flex-col">
          <EarlierConversations
            conversation={c}
            agents={agents}
            now={now}
            history={actions.history}
            onOpen={setEarlier}
          />
          <MessageList
            messages={thread.messages}
            hasOlder={thread.hasOlder}
            onLoadOlder={thread.loadOlder}
            notes={notes}
            agents={agents}
            now={now}
            onInsert={actions.insert}
            onRetry={actions.retry}
          />
          <ThreadTabs tabs={tabs} />
          {state.templatesOnly ? (
            <TemplatePicker
              key={c.id}
              reason={state.blockedReason}
              onSend={(templateId, params) => actions.sendTemplate(c.id, templateId, params)}
            />
          ) : (
            <Composer
              key={c.id}
              blockedReason={state.blockedReason}
              hint={state.hint}
              blockedAction={state.withBot ? <TakeButton size="sm" takeOver onTake={take} /> : undefined}
              onSend={(text) => actions.send(c.id, text)}
              tools={
                ai.summaryAndSuggestions
                  ? ({ fill }) => (
                      <SuggestionsBar
                        conversationId={c.id}
                        messages={thread.messages}
                        onFill={fill}
                        onInsert={actions.insert}
                      />
                    )
                  : undefined
              }
            />
          )}
        </div>
        {infoOpen && <CustomerPanel conversation={c} onClose={() => setInfoOpen(false)} />}
      </div>
    </div>
  );
}

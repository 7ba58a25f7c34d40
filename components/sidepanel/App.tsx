import { useCallback, useEffect, useState } from 'react';
import { keepWorkerAlive } from '@/utils/messaging/keepAlive';
import { Banner } from '../common/Banner';
import { Header } from '../header/Header';
import { usePanelShortcuts } from '../keyboard/usePanelShortcuts';
import { HelpButton } from '../keyboard/HelpButton';
import { HelpOverlay } from '../keyboard/HelpOverlay';
import { useOpenRequests } from '../hooks/useOpenRequests';
import { LayoutSwitch } from '../header/LayoutSwitch';
import { useAgents, useLayout, useMe, useSyncState } from '../hooks/useLocalData';
import { useDb } from '../hooks/DbContext';
import { useInboxConversations } from '../hooks/useInboxConversations';
import { useNow } from '../hooks/useNow';
import { ThreadView } from '../thread/ThreadView';
import { InboxScreen } from './InboxScreen';
import { SearchableInbox } from '../search/SearchableInbox';
import { PageContextView } from '../pageContext/PageContextView';
import { ThisPageButton } from '../pageContext/ThisPageButton';
import { usePageContext } from '../pageContext/usePageContext';
import { SignedOut } from './SignedOut';
import { SyncBanners, syncDetail } from './SyncBanners';
import { errorWords } from '@/utils/i18n/errorWords';
import type { Notice } from './notice';
import { usePanelActions } from './usePanelActions';

const NOTICE_MS = 4_000;

export function App() {
  const now = useNow();
  const sync = useSyncState();
  const session = useMe();
  const agents = useAgents();
  const [layout, setLayout] = useLayout();
  const db = useDb();
  const inboxRead = useInboxConversations(now, session?.me?.agent.id ?? null);
  const conversations = inboxRead?.conversations;
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const actions = usePanelActions(useCallback((n: Notice) => setNotice(n), []));
  // Keyboard: the highlighted row and chosen inbox outlive the list while a thread is open.
  const keys = usePanelShortcuts();
  useOpenRequests(setOpenId);

  // While this panel lives, the worker stays awake and long-polls.
  useEffect(() => {
    const controller = new AbortController();
    keepWorkerAlive(controller.signal);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const open = (id: string) => {
    setOpenId(id);
    // Looked up in the copy: search can open a conversation that is in none of my inboxes.
    void db.conversations.get(id).then((c) => {
      if ((c?.unreadCount ?? 0) > 0) actions.markRead(id);
    });
  };

  const pageContext = usePageContext({ openLocal: open, closeThread: () => setOpenId(null) });

  const status = sync?.status ?? 'connecting';
  const me = session?.me ?? null;
  const signedOut = session !== undefined && (me === null || status === 'signed_out');

  return (
    <div className="flex h-screen flex-col bg-white text-[13px] text-zinc-900 antialiased">
      <Header status={signedOut ? 'signed_out' : status} detail={syncDetail(sync)}>
        {!signedOut && <LayoutSwitch value={layout} onChange={setLayout} />}
        <HelpButton onClick={keys.openHelp} />
      </Header>
      {!signedOut && <SyncBanners sync={sync} />}
      {signedOut ? (
        <SignedOut reason={sync?.lastErrorCode ? errorWords(sync.lastErrorCode) : undefined} />
      ) : !me ? (
        <div className="flex-1" />
      ) : openId ? (
        <ThreadView
          conversationId={openId}
          me={me.agent}
          agents={agents}
          now={now}
          actions={actions}
          onBack={() => setOpenId(null)}
        />
      ) : pageContext.view ? (
        <PageContextView
          pageContext={pageContext}
          view={pageContext.view}
          agents={agents}
          now={now}
          actions={actions}
        />
      ) : (
        <SearchableInbox
          now={now}
          agents={agents}
          actions={actions}
          onOpen={open}
          aside={pageContext.enabled && <ThisPageButton onClick={() => void pageContext.readThisPage()} />}
        >
          <InboxScreen
            me={me.agent}
            layout={layout}
            conversations={conversations}
            complete={inboxRead?.complete}
            sizes={inboxRead?.sizes}
            onNeedAll={inboxRead?.readAll}
            now={now}
            onOpen={open}
            keyboard={{ ...keys.list, onTake: (id) => void actions.accept(id) }}
          />
        </SearchableInbox>
      )}
      {keys.helpOpen && <HelpOverlay onClose={keys.closeHelp} />}
      {notice && (
        <div className="pointer-events-none fixed inset-x-3 bottom-20 z-10 flex justify-center">
          <div className="pointer-events-auto overflow-hidden rounded-lg shadow-lg">
            <Banner
              tone={notice.tone === 'error' ? 'error' : 'info'}
              testId="toast"
              text={notice.text}
              onDismiss={() => setNotice(null)}
            />
          </div>
        </div>
      )}
    </div>
  );
}

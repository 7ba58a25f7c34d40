import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContactMatch } from '@/core/api/pageContext';
import type { Conversation } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { takeFindRequest, watchFindRequests } from '@/utils/pageContext/findRequest';
import type { PageValues } from '@/utils/pageContext/normalize';
import { toPageContextSettings } from '@/utils/pageContext/pageContextSettings';
import { useDb } from '../hooks/DbContext';
import { describeError } from '../sidepanel/notice';

/** What the page-context screen shows; null: the inbox (or the thread) as usual. */
export type PageView =
  | { kind: 'reading' }
  | { kind: 'finding'; text: string }
  | { kind: 'page'; values: PageValues; matches: ContactMatch[] }
  | { kind: 'unknown'; value: { kind: 'phone' | 'email'; value: string } }
  | { kind: 'message'; text: string }
  | { kind: 'remote'; conversation: Conversation; back: PageView | null };

interface Deps {
  /** Opens a conversation held in the local copy (the live thread). */
  openLocal: (conversationId: string) => void;
  /** Leaves an open thread, so a "Find in Sidedesk" request comes forward over it. */
  closeThread: () => void;
}

/**
 * "This page" and "Find in Sidedesk" in the panel: asks the background (which reads the page then,
 * and only then), and turns the answer into a view — or straight into the customer's conversation.
 */
export function usePageContext(deps: Deps) {
  const db = useDb();
  const settings = toPageContextSettings(useLiveQuery(() => db.settings.get('workspace'), [db]));
  const [view, setView] = useState<PageView | null>(null);
  const latest = useRef({ deps, enabled: settings.enabled });
  // The newest callbacks for the request listener, without re-subscribing it on every render.
  useEffect(() => {
    latest.current = { deps, enabled: settings.enabled };
  });

  /** The match's current conversation live when the copy holds it; else the newest one, read-only. */
  const openMatch = useCallback(
    async (match: ContactMatch, back: PageView | null) => {
      const local = match.current ? await db.conversations.get(match.current.id) : undefined;
      if (local) {
        setView(back);
        latest.current.deps.openLocal(local.id);
      } else setView({ kind: 'remote', conversation: match.current ?? match.latest, back });
    },
    [db],
  );

  const readThisPage = useCallback(async () => {
    if (!latest.current.enabled) return setView({ kind: 'message', text: t.pageContext.off });
    setView({ kind: 'reading' });
    try {
      const result = await sendMessage('matchThisPage');
      setView(
        result.ok
          ? { kind: 'page', values: result.values, matches: result.matches }
          : { kind: 'message', text: t.pageContext.failures[result.reason] },
      );
    } catch (err) {
      setView({ kind: 'message', text: describeError(err) });
    }
  }, []);

  const find = useCallback(
    async (text: string) => {
      latest.current.deps.closeThread();
      if (!latest.current.enabled) return setView({ kind: 'message', text: t.pageContext.off });
      if (!text.trim()) return setView({ kind: 'message', text: t.pageContext.nothingSelected });
      setView({ kind: 'finding', text: text.trim() });
      try {
        const { selected, matches } = await sendMessage('matchSelection', { text });
        if (selected.kind === 'none') setView({ kind: 'message', text: t.pageContext.notAValue(text.trim()) });
        else if (matches[0]) await openMatch(matches[0], null);
        else setView({ kind: 'unknown', value: selected });
      } catch (err) {
        setView({ kind: 'message', text: describeError(err) });
      }
    },
    [openMatch],
  );

  // A request waiting when the panel starts (it opened on the same click), and any that arrives later.
  useEffect(() => {
    const controller = new AbortController();
    const take = () =>
      void takeFindRequest().then((request) => {
        if (request && !controller.signal.aborted) void find(request.text);
      });
    take();
    watchFindRequests(take, controller.signal);
    return () => controller.abort();
  }, [find]);

  const start = useCallback(async (phone: string, templateId: string, params: string[]) => {
    const { conversationId } = await sendMessage('startConversation', { phone, templateId, params });
    setView(null);
    latest.current.deps.openLocal(conversationId);
  }, []);

  return { enabled: settings.enabled, view, setView, readThisPage, openMatch, start };
}

export type PageContext = ReturnType<typeof usePageContext>;

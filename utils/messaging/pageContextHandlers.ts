// Background handlers for page context. The page is read only inside these handlers, which run only
// on the agent's click; what reaches the server is the normalised phone digits and emails, never text.
import type { SidedeskDb } from '@/utils/db';
import { putServerMessage } from '@/utils/db/putServerMessage';
import { findTargetTab } from '@/utils/background/targetTab';
import type { Browser } from '@/utils/background/types';
import { valueOfSelection, valuesOfPage, type PageSnapshot } from '@/utils/pageContext/normalize';
import { pageContextSettings } from '@/utils/pageContext/pageContextSettings';
import type { Handlers, RequireApi } from './handlerTypes';
import { messenger } from './protocol';

export interface PageContextHandlerDeps {
  db: SidedeskDb;
  requireApi: RequireApi;
  tabs: Browser['tabs'];
  uuid: () => string;
  /** Asks the tab's content script for its snapshot (utils/content/readPage.ts); tests stand in for the page. */
  readTab?: (tabId: number) => Promise<PageSnapshot>;
}

const readThroughContentScript = (tabId: number) => messenger.sendMessage('readPage', undefined, { tabId, frameId: 0 });

export class PageContextOffError extends Error {
  readonly code = 'feature_off';
  constructor() {
    super('Page context is turned off for this workspace.');
    this.name = 'PageContextOffError';
  }
}

export function createPageContextHandlers({
  db,
  requireApi,
  tabs,
  uuid,
  readTab = readThroughContentScript,
}: PageContextHandlerDeps): Pick<Handlers, 'matchThisPage' | 'matchSelection' | 'startConversation'> {
  const settings = async () => {
    const current = await pageContextSettings(db);
    if (!current.enabled) throw new PageContextOffError();
    return current;
  };
  return {
    async matchThisPage() {
      const { defaultCountry } = await settings();
      const tab = await findTargetTab(tabs);
      if (!tab?.id) return { ok: false, reason: 'no_tab' };
      let snapshot;
      try {
        snapshot = await readTab(tab.id);
      } catch {
        // No content script there (a browser page, a store page, a tab opened before the install).
        return { ok: false, reason: 'unreachable' };
      }
      const values = valuesOfPage(snapshot, defaultCountry);
      if (values.phones.length + values.emails.length === 0) return { ok: true, values, matches: [] };
      const { matches } = await (await requireApi()).matchContacts(values);
      return { ok: true, values, matches };
    },
    async matchSelection({ text }) {
      const { defaultCountry } = await settings();
      const selected = valueOfSelection(text, defaultCountry);
      if (selected.kind === 'none') return { selected, matches: [] };
      const body = selected.kind === 'phone' ? { phones: [selected.value] } : { emails: [selected.value] };
      const { matches } = await (await requireApi()).matchContacts({ phones: [], emails: [], ...body });
      return { selected, matches };
    },
    async startConversation({ phone, templateId, params }) {
      const { conversation, message } = await (
        await requireApi()
      ).startConversation({ clientId: uuid(), phone, template: { templateId, params } });
      // Shown now rather than after the next sync round, like a take.
      await db.transaction('rw', [db.conversations, db.messages, db.outbox], async () => {
        await db.conversations.put(conversation);
        await putServerMessage(db, message, 'forward');
      });
      return { conversationId: conversation.id };
    },
  };
}

// Page context's messages: the panel asks the background, which reads the page beside it through
// the content script (only then) and asks the server with normalised values only.
import type { ContactMatch } from '@/core/api/pageContext';
import type { PageSnapshot, PageValues, Selected } from '@/utils/pageContext/normalize';

export type PageReadFailure = 'no_tab' | 'unreachable';

export type PageMatchResult =
  { ok: true; values: PageValues; matches: ContactMatch[] } | { ok: false; reason: PageReadFailure };

export interface PageContextProtocolMap {
  /** "This page": reads the target tab now, and the customers Sidedesk knows among its numbers and emails. */
  matchThisPage(): PageMatchResult;
  /** "Find in Sidedesk": the selected text's phone number or email, and the customers behind it. */
  matchSelection(data: { text: string }): { selected: Selected; matches: ContactMatch[] };
  /** A template to a WhatsApp number with no conversation; resolves once the local copy holds it. */
  startConversation(data: { phone: string; templateId: string; params: string[] }): { conversationId: string };
  /** Background → content script: the visible text and contact links of the page's main content. */
  readPage(): PageSnapshot;
  /** Background → content script: the text the agent selected. */
  readSelection(): { text: string };
}

/** Messages the content script answers, not the background. */
export type ContentMessage = 'insertText' | 'readPage' | 'readSelection';

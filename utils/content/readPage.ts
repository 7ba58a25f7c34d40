// "This page" and "Find in Sidedesk", on the page's side. Runs only when the agent asks (a click in
// the panel, the menu entry, the shortcut), never on load. Reads the visible text of the page's main
// content and the hrefs of tel:, mailto: and WhatsApp links — never a form field's value, never a
// hidden element — and hands it to the extension, which keeps only the phone numbers and emails.
import type { PageSnapshot } from '@/utils/pageContext/normalize';

/** A page is read up to this much text: enough for any record or ticket, bounded for a huge one. */
const MAX_CHARS = 200_000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG']);
const LINKS = 'a[href^="tel:" i], a[href^="mailto:" i], a[href*="wa.me/" i], a[href*="whatsapp.com/send" i]';

/** The page's main content when it marks one (skipping navigation and chrome), else the body. */
function mainContent(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}

function isHidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [contenteditable=""], [contenteditable="true"]')) return true;
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function')
    return !html.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || style.display === 'none' || style.visibility === 'hidden';
}

export function readPage(doc: Document): PageSnapshot {
  const root = mainContent(doc);
  if (!root) return { texts: [], hrefs: [] };
  const texts: string[] = [];
  let total = 0;
  const visible = new Map<Element, boolean>();
  const shown = (el: Element) => {
    let v = visible.get(el);
    if (v === undefined) visible.set(el, (v = !isHidden(el)));
    return v;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.ELEMENT_NODE)
        return SKIPPED.has((node as Element).tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      return node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node && total < MAX_CHARS; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !shown(parent)) continue;
    const text = node.textContent!.trim();
    texts.push(text);
    total += text.length;
  }
  const hrefs = [...root.querySelectorAll<HTMLAnchorElement>(LINKS)]
    .filter((a) => shown(a))
    .map((a) => a.getAttribute('href') ?? '')
    .slice(0, 500);
  return { texts, hrefs };
}

/** What the agent selected, for "Find in Sidedesk" from the keyboard shortcut. */
export function readSelection(doc: Document): string {
  return (doc.getSelection()?.toString() ?? '').slice(0, 500);
}

// Page-side probes for bench/panelScale.ts. Times come from performance.now() in the panel page
// (0 = the navigation's start) and are taken in the requestAnimationFrame after the awaited element
// is there: the frame that paints it.

/**
 * Installed before any page script (addInitScript, on every reload): records in `__scaleShown`
 * when the first conversation row (`rows`) or the empty inbox (`empty`) appeared.
 */
export const INBOX_PAINT_PROBE = `(() => {
  const shown = (globalThis.__scaleShown = {});
  const wanted = { rows: '[data-testid="conversation-item"]', empty: '[data-testid="empty-inbox"]' };
  const check = () => {
    for (const [key, selector] of Object.entries(wanted)) {
      if (key in shown || !document.querySelector(selector)) continue;
      shown[key] = null;
      requestAnimationFrame(() => { shown[key] = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

/** In the page: when did `key` paint (ms after navigation start)? Resolves once it has. */
export function paintedAt(key: string): Promise<number> {
  return new Promise((done) => {
    const read = () => {
      const at = (globalThis as unknown as { __scaleShown?: Record<string, number | null> }).__scaleShown?.[key];
      if (typeof at === 'number') done(at);
      else setTimeout(read, 5);
    };
    read();
  });
}

/** In the page: clicks the conversation's row; resolves with the ms until `messageId` is on screen. */
export function openThreadInPage({
  conversationId,
  messageId,
}: {
  conversationId: string;
  messageId: string;
}): Promise<number> {
  return new Promise((done, fail) => {
    const row = document.querySelector<HTMLElement>(
      `[data-testid="conversation-item"][data-conversation-id="${conversationId}"]`,
    );
    if (!row) return fail(new Error(`no row for ${conversationId}`));
    const onScreen = () => {
      const el = document.querySelector(`[data-message-id="${messageId}"]`);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
    };
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      removeEventListener('scroll', onScroll, true);
      requestAnimationFrame(() => done(performance.now() - start));
    };
    const onScroll = () => onScreen() && finish();
    const observer = new MutationObserver(() => onScreen() && finish());
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    addEventListener('scroll', onScroll, true);
    const poll = () => {
      if (settled) return;
      if (onScreen()) finish();
      else requestAnimationFrame(poll);
    };
    const start = performance.now();
    row.click();
    requestAnimationFrame(poll);
  });
}

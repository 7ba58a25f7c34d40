// The pages agents live in, served from a local HTTP server for the page-context tests: a CRM
// contact record (a table of fields), a helpdesk ticket (an email in the requester line) and a
// plain page with one number written four ways (and a contact list). Each also holds what must never be read: a form
// field's value, a hidden element, a script.
import { createServer, type Server } from 'node:http';
import type { Page, Worker } from '@playwright/test';

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body>
<nav>Menu · Support line +57 601 555 0101</nav>
<main>${body}</main>
<script>const hidden = '+57 320 000 0001';</script>
</body></html>`;

export const PAGES: Record<string, string> = {
  '/crm': page(
    'Contact · Acme CRM',
    `<h1>Pedro Ruiz</h1>
<table>
  <tr><th>Name</th><td>Pedro Ruiz</td></tr>
  <tr><th>Mobile</th><td><a href="tel:+573105550000">+57 310 555 0000</a></td></tr>
  <tr><th>Company</th><td>Ruiz Hermanos SAS</td></tr>
  <tr><th>Customer since</th><td>2024-03-18</td></tr>
  <tr><th>Account</th><td>#4512</td></tr>
</table>
<form><label>Note <input id="note" value="+57 311 222 3333"></label></form>
<div hidden>Old mobile: +57 312 444 5555</div>
<p style="display:none">Spouse: +57 313 666 7777</p>`,
  ),
  '/ticket': page(
    'Ticket #88120 · Helpdesk',
    `<h1>Ticket #88120: the blender arrived broken</h1>
<p class="requester">Requester: Marta Díaz &lt;Marta.Diaz@example.com&gt; · via web form · 2 hours ago</p>
<article><p>Hello, the box was crushed and the jar is cracked. Order 300123.</p></article>
<textarea id="reply">write to ops@example.com</textarea>`,
  ),
  '/list': page(
    'Contacts · Acme CRM',
    `<table>
  <tr><th>Name</th><th>Phone</th><th>Email</th></tr>
  <tr><td>Pedro Ruiz</td><td>+57 310 555 0000</td><td>pedro@ruizhermanos.co</td></tr>
  <tr><td>Valentina Restrepo</td><td>300 123 4567</td><td></td></tr>
  <tr><td>Marta Díaz</td><td>315 777 0000</td><td>marta.diaz@example.com</td></tr>
  <tr><td>Jorge Mejía</td><td>+57 316 000 1111</td><td>jorge@example.org</td></tr>
</table>`,
  ),
  '/plain': page(
    'Numbers',
    `<p id="intl">+57 300 123 4567</p>
<p id="national">(300) 123-4567</p>
<p id="dotted">300.123.4567</p>
<p><a id="wa" href="https://wa.me/573001234567">Write on WhatsApp</a></p>
<p>Order #4512 · ZIP 110111</p>
<p id="unknown">New lead: +57 301 999 8877</p>`,
  ),
};

export async function servePages(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const html = PAGES[req.url ?? ''];
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** What the menu entry does on a click (text given) or the shortcut (text read from the page). */
export async function runFindHandler(worker: Worker, tab: Page, selectionText: string | undefined) {
  await worker.evaluate(
    async ({ url, text }) => {
      const scope = globalThis as unknown as {
        chrome: { tabs: { query(filter: { url: string }): Promise<unknown[]> } };
        sidedeskFind: (selectionText: string | undefined, tab: unknown) => Promise<void>;
      };
      const [target] = await scope.chrome.tabs.query({ url });
      await scope.sidedeskFind(text, target);
    },
    { url: tab.url(), text: selectionText },
  );
}

export async function select(tab: Page, id: string) {
  await tab.evaluate((elementId) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(elementId)!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, id);
}

/** Resolves on the animation frame the conversation's customer message is on screen. */
export const threadOnScreen = (panel: Page, name: string, text: string) =>
  panel.waitForFunction(
    ({ name, text }) =>
      document.querySelector('[data-testid="thread-title"]')?.textContent === name &&
      [...document.querySelectorAll('[data-testid="message"]')].some((m) => m.textContent?.includes(text)),
    { name, text },
    { polling: 'raf' },
  );

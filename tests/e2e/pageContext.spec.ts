// Page context end to end: Ana works in a CRM record, a helpdesk ticket and a plain page (served
// here); "This page" lists the customers she knows among their numbers and emails, "Find in
// Sidedesk" (its handler, driven from the service worker: the native menu can't be clicked
// headless) opens the selected customer's conversation, and an unknown number offers a template.
// Also measured, never asserted: click → conversation shown, against opening it from the inbox.
import { expect, test, type Page } from '@playwright/test';
import { buildWhatsappTextWebhook } from '../../server/simulator/buildWebhooks';
import { DEMO_PHONE_NUMBER_ID } from '../../server/workspace/seedDemo';
import { DEMO_PASSWORD, conversationItem, openSidePanel, screenshot, signIn } from './agentFlow';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { runFindHandler, select, servePages, threadOnScreen } from './pageContextPages';

let server: RunningServer;
let pages: Awaited<ReturnType<typeof servePages>>;
let ana: ExtensionBrowser;
let panel: Page;
const LUCIA = { name: 'Valentina Restrepo', phone: '573001234567', text: 'Hola, ¿ya salió mi pedido?' };
const PEDRO = { name: 'Pedro Ruiz', phone: '573105550000', text: 'Quiero cambiar la dirección' };
const MARTA = { name: 'Marta Díaz', phone: '573157770000', text: 'The blender arrived broken' };

async function api(method: string, path: string, token: string | null, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.ok, `${method} ${path}: ${await res.clone().text()}`).toBe(true);
  return res.json();
}
const login = async (email: string) =>
  (await api('POST', '/v1/auth/login', null, { email, password: DEMO_PASSWORD })).token as string;

async function customerWrites(customer: { name: string; phone: string; text: string }) {
  const hook = buildWhatsappTextWebhook({ phoneNumberId: DEMO_PHONE_NUMBER_ID, customer, text: customer.text });
  const res = await fetch(`${server.url}/simulator/api/raw`, { method: 'POST', body: JSON.stringify(hook) });
  expect(res.ok).toBe(true);
  for (;;) {
    const found = await api('GET', `/v1/search?q=${customer.phone}`, adminToken);
    if (found.conversations[0]) return found.conversations[0] as { id: string; contactId: string };
    await new Promise((r) => setTimeout(r, 100));
  }
}
let adminToken: string;

test.beforeAll(async () => {
  [server, pages] = await Promise.all([startServer(), servePages()]);
  adminToken = await login('admin@sidedesk.demo');
  const anaToken = await login('ana@sidedesk.demo');
  // The workspace's numbers are Colombian: "(300) 123-4567" means +57 300 123 4567.
  await api('PATCH', '/v1/settings', adminToken, { defaultCountry: 'CO' });
  await api('POST', '/v1/fields', adminToken, { key: 'email', label: 'Email', type: 'text' });
  const lucia = await customerWrites(LUCIA);
  await api('POST', `/v1/conversations/${lucia.id}/accept`, anaToken);
  // Pedro's one conversation is closed: history only.
  const pedro = await customerWrites(PEDRO);
  await api('POST', `/v1/conversations/${pedro.id}/accept`, anaToken);
  await api('POST', `/v1/conversations/${pedro.id}/close`, anaToken, { type: 'positive' });
  // Marta waits in New; her email is in an information field, as the helpdesk knows her by it.
  const marta = await customerWrites(MARTA);
  await api('PUT', `/v1/contacts/${marta.contactId}/fields`, adminToken, {
    values: { email: 'marta.diaz@example.com' },
  });

  ana = await launchExtension();
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
  panel = await openSidePanel(ana.context, ana.extensionId);
  await panel.getByTestId('inbox-tab-active').click();
  await expect(conversationItem(panel, LUCIA.name)).toBeVisible();
});

test.afterAll(async () => {
  await ana?.close();
  await Promise.all([server?.stop(), pages?.close()]);
});

/** A served page in a tab, its content script ready; the panel tab stays where it is. */
async function openPage(path: string): Promise<Page> {
  const tab = await ana.context.newPage();
  await tab.goto(`${pages.url}${path}`);
  await tab.waitForFunction(() => document.documentElement.dataset.sidedeskReady === '1');
  return tab;
}

const worker = () => ana.context.serviceWorkers().find((w) => w.url().includes(ana.extensionId))!;
const findInSidedesk = (tab: Page, text: string | undefined) => runFindHandler(worker(), tab, text);
const threadShown = (name: string, text: string) => threadOnScreen(panel, name, text);

async function bothWidths(name: string) {
  await screenshot(panel, `${name}-360`);
  await panel.setViewportSize({ width: 480, height: 720 });
  await screenshot(panel, `${name}-480`);
  await panel.setViewportSize({ width: 360, height: 720 });
}

const matchNames = () => panel.getByTestId('page-match-name').allTextContents();

test('"This page" on a CRM record lists the customer in its table, with history only; nothing hidden or typed is read', async () => {
  const tab = await openPage('/crm');
  await panel.getByTestId('this-page').click();
  await expect(panel.getByTestId('page-match')).toHaveCount(1);
  expect(await matchNames()).toEqual([PEDRO.name]);
  // One phone: the table's. Not the nav's, the form field's, the hidden ones or the script's.
  await expect(panel.getByTestId('page-values')).toContainText('1 phone number and 0 emails');
  await expect(panel.getByTestId('page-match-status')).toHaveText('History: 1 conversation');
  await panel.getByTestId('page-match').click();
  await expect(panel.getByTestId('remote-thread')).toBeVisible();
  await expect(panel.getByTestId('message').filter({ hasText: PEDRO.text })).toBeVisible();
  await panel.getByTestId('back-button').click();
  await expect(panel.getByTestId('page-match')).toHaveCount(1);
  await panel.getByTestId('page-context-back').click();
  await tab.close();
});

test('"This page" on a helpdesk ticket finds the requester by the email in her line', async () => {
  const tab = await openPage('/ticket');
  await panel.getByTestId('this-page').click();
  await expect(panel.getByTestId('page-match')).toHaveCount(1);
  expect(await matchNames()).toEqual([MARTA.name]);
  // The textarea's address is a form value: not read.
  await expect(panel.getByTestId('page-values')).toContainText('0 phone numbers and 1 email');
  await expect(panel.getByTestId('page-match-status')).toHaveText('Current conversation');
  await panel.getByTestId('page-match').click();
  await threadShown(MARTA.name, MARTA.text);
  await panel.getByTestId('back-button').click();
  await panel.getByTestId('page-context-back').click();
  await tab.close();
});

test('"This page" on a page with one number written four ways lists that customer once', async () => {
  const tab = await openPage('/plain');
  await panel.getByTestId('this-page').click();
  await expect(panel.getByTestId('page-match')).toHaveCount(1);
  expect(await matchNames()).toEqual([LUCIA.name]);
  // The four formats are one number; the unknown lead is the second; "#4512" and the ZIP are none.
  await expect(panel.getByTestId('page-values')).toContainText('2 phone numbers and 0 emails');
  await bothWidths('pagecontext-01-matches');
  await panel.getByTestId('page-context-back').click();
  await tab.close();
});

test('"This page" on a contact list ranks the customers: named most first, then a current conversation', async () => {
  await screenshot(panel, 'pagecontext-00-inbox-with-this-page-360');
  const tab = await openPage('/list');
  await panel.getByTestId('this-page').click();
  await expect(panel.getByTestId('page-match')).toHaveCount(3);
  // Marta by her phone and her email; Valentina's conversation is open, Pedro's closed; Jorge is unknown.
  expect(await matchNames()).toEqual([MARTA.name, LUCIA.name, PEDRO.name]);
  await bothWidths('pagecontext-01-matches-list');
  await panel.getByTestId('page-context-back').click();
  await tab.close();
});

test('"Find in Sidedesk" on a selection opens the customer’s conversation (menu and shortcut); measured against the inbox', async () => {
  const tab = await openPage('/plain');
  const samples = { find: [] as number[], inbox: [] as number[] };
  for (const [i, id] of ['intl', 'national', 'dotted', 'intl', 'national', 'dotted', 'intl'].entries()) {
    await select(tab, id);
    const selection = await tab.evaluate(() => document.getSelection()!.toString());
    let started = Date.now();
    // Odd rounds: the shortcut, which reads the selection from the page itself.
    await findInSidedesk(tab, i % 2 === 0 ? selection : undefined);
    await threadShown(LUCIA.name, LUCIA.text);
    samples.find.push(Date.now() - started);
    await panel.getByTestId('back-button').click();

    const row = conversationItem(panel, LUCIA.name);
    await expect(row).toBeVisible();
    started = Date.now();
    // A click as the page receives it (Playwright's own click first waits for the row to settle).
    await row.evaluate((el) => (el as HTMLElement).click());
    await threadShown(LUCIA.name, LUCIA.text);
    samples.inbox.push(Date.now() - started);
    await panel.getByTestId('back-button').click();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const find = median(samples.find);
  const inbox = median(samples.inbox);
  console.log(
    `page context: selection → conversation shown ${find} ms (median of ${samples.find.length}: ${samples.find.join(', ')}); ` +
      `inbox click → shown ${inbox} ms (${samples.inbox.join(', ')}); ratio ${(find / Math.max(inbox, 1)).toFixed(2)}`,
  );
  await tab.close();
});

test('an unknown number says there is no conversation and starts one with a template', async () => {
  const tab = await openPage('/plain');
  await select(tab, 'unknown');
  await findInSidedesk(tab, await tab.evaluate(() => document.getSelection()!.toString()));
  await expect(panel.getByTestId('no-conversation-title')).toHaveText('No conversation with +57 301 9998877');
  await expect(panel.getByTestId('template-picker')).toBeVisible();
  await bothWidths('pagecontext-02-no-conversation');
  await panel.getByTestId('template-select').selectOption({ label: 'order_update · en_US · Utility' });
  await panel.getByTestId('template-param-1').fill('Sofía');
  await panel.getByTestId('template-param-2').fill('#88');
  await bothWidths('pagecontext-03-template-filled');
  await panel.getByTestId('template-send').click();
  await threadShown('573019998877', 'Hi Sofía, your order #88 is on its way.');
  await expect(panel.getByTestId('message').filter({ hasText: 'Hi Sofía' })).toHaveAttribute(
    'data-status',
    /sent|delivered|read/,
  );
  await tab.close();
});

test('with page context off, "This page" is gone and a lookup says so, reading nothing', async () => {
  await api('PATCH', '/v1/settings', adminToken, { pageContext: false });
  await panel.getByTestId('back-button').click();
  await expect(panel.getByTestId('this-page')).toHaveCount(0);
  const tab = await openPage('/plain');
  await select(tab, 'intl');
  await findInSidedesk(tab, undefined);
  await expect(panel.getByTestId('page-context-message')).toContainText('Page context is turned off');
  await api('PATCH', '/v1/settings', adminToken, { pageContext: true });
  await panel.getByTestId('page-context-back').click();
  await expect(panel.getByTestId('this-page')).toBeVisible();
  await tab.close();
});

// One WhatsApp conversation end to end, on real parts: a signed webhook from the simulator's
// phone, the server, the extension's sync into Dexie, the side panel, the Graph stand-in, ticks.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { conversationItem, customerWrites, openSidePanel, screenshot, signIn } from './agentFlow';

let server: RunningServer;
let ana: ExtensionBrowser;
let ben: ExtensionBrowser;

test.beforeAll(async () => {
  server = await startServer();
  [ana, ben] = await Promise.all([launchExtension(), launchExtension()]);
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
  await signIn(ben.context, ben.extensionId, server.url, 'ben@sidedesk.demo');
});

test.afterAll(async () => {
  await Promise.all([ana?.close(), ben?.close()]);
  await server?.stop();
});

test('a customer message reaches New; Ana takes it and replies; the phone gets the reply and its ticks; Ben loses it from New', async () => {
  const anaPanel = await openSidePanel(ana.context, ana.extensionId);
  const benPanel = await openSidePanel(ben.context, ben.extensionId);
  await screenshot(anaPanel, '01-inbox-before');

  const phone = await ana.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  const customer = { name: 'Lucía Fernández', phone: '5491155550123' };
  await customerWrites(phone, customer, '¿Tienen envío a Bogotá? 👍');

  // Both agents see it waiting in New.
  for (const panel of [anaPanel, benPanel]) {
    await panel.getByTestId('inbox-tab-new').click();
    await expect(conversationItem(panel, customer.name)).toContainText('¿Tienen envío a Bogotá?');
  }
  await screenshot(anaPanel, '02-new-conversation');

  // Ana takes it.
  await conversationItem(anaPanel, customer.name).click();
  await expect(anaPanel.getByTestId('message').filter({ hasText: '¿Tienen envío a Bogotá?' })).toBeVisible();
  await expect(anaPanel.getByTestId('composer-blocked-reason')).toBeVisible();
  await screenshot(anaPanel, '03-thread-before-take');
  await anaPanel.getByTestId('take-button').click();
  await expect(anaPanel.getByTestId('composer-input')).toBeEnabled();

  // Ben's New queue loses it within one sync.
  await expect(conversationItem(benPanel, customer.name)).toHaveCount(0);
  await screenshot(benPanel, '04-ben-after-ana-took-it');

  // Ana answers with Enter; the reply shows at once and then climbs to read.
  const reply = 'Sí, enviamos a Bogotá en 48 horas.';
  await anaPanel.getByTestId('composer-input').fill(reply);
  await anaPanel.getByTestId('composer-input').press('Enter');
  const sent = anaPanel.getByTestId('message').filter({ hasText: reply });
  await expect(sent).toHaveCount(1);
  await expect(sent).toHaveAttribute('data-status', 'read');
  await screenshot(anaPanel, '05-reply-read');

  // The phone got it through the Graph stand-in, with its ticks.
  const onPhone = phone.locator('li.msg[data-from="business"]', { hasText: reply });
  await expect(onPhone).toHaveAttribute('data-status', 'read');
  await phone.setViewportSize({ width: 400, height: 720 });
  await screenshot(phone, '06-phone');

  // Nothing doubled: exactly one copy of each message in the thread.
  await expect(anaPanel.getByTestId('message').filter({ hasText: '¿Tienen envío a Bogotá?' })).toHaveCount(1);
  await expect(sent).toHaveCount(1);

  // Ben never receives Ana's conversation at all.
  await benPanel.getByTestId('inbox-tab-active').click();
  await expect(conversationItem(benPanel, customer.name)).toHaveCount(0);
});

test('"Insert into page" fills the textarea focused on the page next to the panel', async () => {
  const crm: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>CRM</title><label>Ticket reply <textarea id="reply"></textarea></label>
      <script>window.inputs = 0; document.getElementById('reply').addEventListener('input', () => window.inputs++);</script>`);
  });
  await new Promise<void>((done) => crm.listen(0, '127.0.0.1', done));
  const address = crm.address();
  const crmUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    const page = await ana.context.newPage();
    await page.goto(crmUrl);
    await page.waitForFunction(() => document.documentElement.dataset.sidedeskReady === '1');
    await page.locator('#reply').click();

    const panel = await openSidePanel(ana.context, ana.extensionId);
    await panel.getByTestId('inbox-tab-active').click();
    await conversationItem(panel, 'Lucía Fernández').click();
    const message = panel.getByTestId('message').filter({ hasText: '¿Tienen envío a Bogotá?' });
    await message.hover();
    await message.getByTestId('insert-into-page').click();

    await expect(page.locator('#reply')).toHaveValue('¿Tienen envío a Bogotá? 👍');
    expect(await page.evaluate(() => (window as unknown as { inputs: number }).inputs)).toBeGreaterThan(0);
    await screenshot(panel, '07-insert-into-page');

    // With nothing editable focused, the panel says so instead of writing anywhere.
    await page.bringToFront();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await message.getByTestId('insert-into-page').click();
    await expect(panel.getByTestId('toast')).toContainText('Click into a field on the page first');
  } finally {
    crm.close();
  }
});

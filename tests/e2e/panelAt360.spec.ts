// The panel at 360 px, as a new agent sees it: formatting and links in bubbles that wrap, one time
// label per run, the keyboard reaching "Insert into page", Spanish and offline in the header, a
// transfer that lands back in the inbox, a closed header, per-tab empty states; axe on every screen.
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { conversationItem, customerWrites, openSidePanel, screenshot, signIn } from './agentFlow';
import { axeSource, seriousViolations } from './axe';

let server: RunningServer;
let ana: ExtensionBrowser;
let ben: ExtensionBrowser;
let axe: string | null;

test.beforeAll(async () => {
  server = await startServer();
  [ana, ben] = await Promise.all([launchExtension(), launchExtension()]);
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
  await signIn(ben.context, ben.extensionId, server.url, 'ben@sidedesk.demo');
  axe = await axeSource();
});

test.afterAll(async () => {
  await Promise.all([ana?.close(), ben?.close()]);
  await server?.stop();
});

/** Screenshots at the panel's two common widths, then back to 360 px. */
async function shots(page: Page, name: string) {
  for (const width of [480, 360]) {
    await page.setViewportSize({ width, height: 720 });
    await screenshot(page, `p360-${name}-${width}`);
  }
}

/** axe's serious/critical findings (when axe-core is installed) plus DOM checks that need no library. */
async function accessible(page: Page) {
  expect(axe, 'axe-core is not resolvable from the repository: add it to devDependencies').not.toBeNull();
  expect(await seriousViolations(page, axe!)).toEqual([]);
  // Every <ol>/<ul> holds only <li> children (the thread's virtual rows once were <div>s).
  const badLists = await page.evaluate(
    () =>
      [...document.querySelectorAll('ol, ul')].filter((l) => [...l.children].some((c) => c.tagName !== 'LI')).length,
  );
  expect(badLists).toBe(0);
}

/** Nothing in the header is cut off or pushed past the panel's right edge. */
async function headerFits(page: Page) {
  const width = page.viewportSize()!.width;
  for (const id of ['open-settings', 'open-help']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x + box.width, id).toBeLessThanOrEqual(width);
    expect(box.width, id).toBeGreaterThanOrEqual(20);
  }
}

const LONG_URL =
  'https://example.com/orders/tracking/5521/a-very-long-path-segment-that-never-breaks-anywhere?ref=whatsapp';
const customer = { name: 'Marta Quintero', phone: '5491155550999' };

// Runs first: the main test below ends by stopping the server.
test('the AI additions at 360 px: suggestions and the summary tab fit and pass axe', async () => {
  const admin = await launchExtension();
  try {
    await signIn(admin.context, admin.extensionId, server.url, 'admin@sidedesk.demo');
    const options = await admin.context.newPage();
    await options.goto(`chrome-extension://${admin.extensionId}/options.html`);
    await options.getByTestId('admin-nav-ai').click();
    const toggle = options.getByTestId('ai-switch-summaryAndSuggestions');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await shots(options, 'options-admin-ai');
    await accessible(options);
  } finally {
    await admin.close();
  }

  const panel = await openSidePanel(ana.context, ana.extensionId);
  await panel.getByTestId('inbox-tab-active').click();
  // The demo's conversation with an open reply window (Kenji's closed 6 h ago: templates only).
  await conversationItem(panel, 'Lucía Gómez').click();
  await expect(panel.getByTestId('thread-tab-summary')).toBeVisible({ timeout: 30_000 });
  await panel.getByTestId('suggest-button').click();
  await expect(panel.getByTestId('suggestions-close')).toBeVisible();
  await shots(panel, 'ai-suggestions');
  await accessible(panel);
  await panel.getByTestId('suggestions-close').click();
  await panel.getByTestId('thread-tab-summary').click();
  await expect(panel.getByTestId('summary-panel')).toBeVisible();
  const box = (await panel.getByRole('tabpanel').last().boundingBox())!;
  expect(box.height).toBeLessThan(720 / 3);
  await shots(panel, 'ai-summary-tab');
  await accessible(panel);
  await panel.close();
});

test('the panel at 360 px: rich bubbles that wrap, runs, keyboard insert, Spanish offline header, transfer, closed header, axe', async () => {
  const benPanel = await openSidePanel(ben.context, ben.extensionId);
  // Ben's empty Active tab talks about Active, not New.
  await benPanel.getByTestId('inbox-tab-active').click();
  const benEmpty = benPanel.getByTestId('empty-inbox');
  await expect(benEmpty).toHaveAttribute('data-inbox', 'active');
  await expect(benEmpty).toContainText('No active conversations');
  await shots(benPanel, 'empty-active');

  const panel = await openSidePanel(ana.context, ana.extensionId);
  const phone = await ana.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  await customerWrites(phone, customer, `Hola, mira *esto* y _rápido_: ${LONG_URL}`);
  await customerWrites(phone, customer, '~ya no~ el código es ```AB-12_34``` o escribe a ventas@example.com');
  await customerWrites(phone, customer, '<img src=x onerror="window.pwned=1"> javascript:alert(1)');

  await panel.getByTestId('inbox-tab-new').click();
  await expect(conversationItem(panel, customer.name)).toBeVisible();
  await shots(panel, 'inbox-new');
  await accessible(panel);

  await conversationItem(panel, customer.name).click();
  await panel.getByTestId('take-button').click();
  const first = panel.locator('[data-testid="message"][data-author="customer"]', { hasText: 'Hola, mira' });
  await expect(first).toBeVisible();

  // Formatting and links, as elements; the long address wraps inside its bubble.
  await expect(first.locator('strong')).toHaveText('esto');
  await expect(first.locator('em')).toHaveText('rápido');
  const link = first.getByTestId('message-link');
  await expect(link).toHaveAttribute('href', LONG_URL);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const overflow = await first.evaluate((li) => {
    const bubble = li.querySelector('a')!.closest('div')!;
    const a = li.querySelector('a')!.getBoundingClientRect();
    return { past: a.right - bubble.getBoundingClientRect().right, scroll: bubble.scrollWidth - bubble.clientWidth };
  });
  expect(overflow.past).toBeLessThanOrEqual(1);
  expect(overflow.scroll).toBeLessThanOrEqual(1);
  const second = panel.locator('[data-testid="message"][data-author="customer"]', { hasText: 'ya no' });
  await expect(second.locator('s')).toHaveText('ya no');
  await expect(second.locator('code')).toHaveText('AB-12_34');
  await expect(second.getByTestId('message-link')).toHaveAttribute('href', 'mailto:ventas@example.com');

  // Hostile text stays text: no element made from it, no script ran, no javascript: link.
  const hostile = panel.locator('[data-testid="message"][data-author="customer"]', { hasText: 'onerror' });
  await expect(hostile).toContainText('<img src=x onerror="window.pwned=1">');
  await expect(hostile.locator('img, a')).toHaveCount(0);
  expect(await panel.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  // The three messages written within seconds form one run: one time label, under the last.
  await expect(panel.locator('[data-author="customer"] [data-testid="message-footer"]')).toHaveCount(1);
  await expect(
    panel.locator('[data-testid="message"][data-author="customer"]').last().getByTestId('message-footer'),
  ).toHaveCount(1);
  await shots(panel, 'thread');
  await accessible(panel);

  // "Insert into page" from the keyboard: Tab reaches it and it shows while focused.
  await panel.mouse.move(0, 0);
  await hostile.locator('span', { hasText: 'onerror' }).first().click();
  await panel.mouse.move(0, 0);
  await panel.keyboard.press('Tab');
  const insert = hostile.getByTestId('insert-into-page');
  await expect(insert).toBeFocused();
  await expect.poll(() => insert.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await shots(panel, 'insert-focused');

  // A thread longer than the screen: a tab opening under it keeps the newest message in view.
  for (let i = 1; i <= 8; i++) await customerWrites(phone, customer, `Una línea más, la número ${i}, para el hilo.`);
  const newest = panel.locator('[data-testid="message"]', { hasText: 'la número 8' });
  await expect(newest).toBeInViewport({ ratio: 0.9 });

  // The open Notes tab leaves the thread most of the height.
  await panel.getByTestId('thread-tab-notes').click();
  await expect(newest).toBeInViewport({ ratio: 0.9 });
  const notesBox = (await panel.getByRole('tabpanel').last().boundingBox())!;
  expect(notesBox.height).toBeLessThan(720 / 3);
  await shots(panel, 'notes-open');
  await panel.getByTestId('thread-tab-notes').click();
  if ((await panel.getByTestId('thread-tab-summary').count()) > 0) {
    await panel.getByTestId('thread-tab-summary').click();
    await shots(panel, 'summary-open');
    await panel.getByTestId('thread-tab-summary').click();
  }

  // The customer panel.
  await panel.getByTestId('customer-toggle').click();
  await expect(panel.getByTestId('customer-panel')).toBeVisible();
  await shots(panel, 'customer-panel');
  await accessible(panel);
  await panel.getByTestId('customer-toggle').click();

  // Spanish: the header keeps its buttons on screen (offline too, at the end).
  await panel.getByTestId('open-help').click();
  await panel.getByTestId('language-select').selectOption('es');
  await panel.keyboard.press('Escape');
  await headerFits(panel);
  await shots(panel, 'thread-es');

  // A transfer lands back in the inbox with a confirmation.
  await panel.getByTestId('thread-actions').click();
  await panel.getByTestId('action-transfer').click();
  await panel.getByTestId('transfer-target').selectOption({ label: 'Ben' });
  await panel.getByTestId('transfer-submit').click();
  await expect(panel.getByTestId('toast')).toContainText('Ben');
  await expect(panel.getByTestId('back-button')).toHaveCount(0);
  await expect(panel.getByTestId('inbox-tab-active')).toBeVisible();
  await shots(panel, 'after-transfer');

  // Ben closes it: the header says how it closed, not "24h left".
  await conversationItem(benPanel, customer.name).click();
  await benPanel.getByTestId('thread-actions').click();
  await benPanel.getByTestId('action-close-positive').click();
  await benPanel.getByTestId('close-confirm').click();
  await expect(benPanel.getByTestId('thread-closed')).toContainText('Closed · positive');
  await expect(benPanel.getByTestId('thread-window-left')).toHaveCount(0);
  await shots(benPanel, 'closed-header');

  // The options page.
  const options = await ana.context.newPage();
  await options.goto(`chrome-extension://${ana.extensionId}/options.html`);
  await expect(options.getByTestId('signed-in-as')).toBeVisible();
  await shots(options, 'options');
  await accessible(options);

  // Spanish with the server gone: the longer sync label gives way, the buttons stay.
  await panel.bringToFront();
  await server.stop();
  await expect(panel.getByTestId('sync-pill')).not.toHaveAttribute('data-status', 'live', { timeout: 60_000 });
  await headerFits(panel);
  await shots(panel, 'inbox-es-offline');
});

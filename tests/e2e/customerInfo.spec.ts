// Customer information end to end: an admin defines fields and tags through the API; Ana fills a
// customer's fields and tags them in her side panel; the admin's panel (another browser) shows both
// through sync; the inbox's tag filter narrows the list and its counts.
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { conversationItem, DEMO_PASSWORD, openSidePanel, screenshot, signIn } from './agentFlow';

let server: RunningServer;
let ana: ExtensionBrowser;
let admin: ExtensionBrowser;
let adminToken: string;

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

test.beforeAll(async () => {
  server = await startServer();
  const login = await fetch(`${server.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@sidedesk.demo', password: DEMO_PASSWORD }),
  });
  adminToken = (await login.json()).token;
  await api('POST', '/v1/fields', { key: 'birthday', label: 'Birthday', type: 'date' });
  await api('POST', '/v1/fields', { key: 'plan', label: 'Plan', type: 'choice', choices: ['Basic', 'Pro', 'Team'] });
  await api('POST', '/v1/fields', { key: 'orders', label: 'Orders', type: 'number' });
  await api('POST', '/v1/tags', { name: 'VIP', color: '#eab308' });
  await api('POST', '/v1/tags', { name: 'Wholesale', color: '#0e7490' });

  [ana, admin] = await Promise.all([launchExtension(), launchExtension()]);
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
  await signIn(admin.context, admin.extensionId, server.url, 'admin@sidedesk.demo');
});

test.afterAll(async () => {
  await Promise.all([ana?.close(), admin?.close()]);
  await server?.stop();
});

const field = (panel: Page, key: string) => panel.getByTestId(`field-input-${key}`);
const chips = (panel: Page) => panel.getByTestId('customer-panel').getByTestId('tag-chip');

test('Ana fills a field and tags the customer; the admin sees both; the tag filter narrows the list', async () => {
  const anaPanel = await openSidePanel(ana.context, ana.extensionId);
  await anaPanel.getByTestId('inbox-tab-new').click();
  await expect(conversationItem(anaPanel, 'Maria Souza')).toBeVisible();
  await expect(conversationItem(anaPanel, 'John Carter')).toBeVisible();
  await screenshot(anaPanel, '01-inbox-all-tags');

  // The customer panel opens over the thread from the header's toggle.
  await conversationItem(anaPanel, 'Maria Souza').click();
  await anaPanel.getByTestId('customer-toggle').click();
  const info = anaPanel.getByTestId('customer-panel');
  await expect(info.getByTestId('customer-name')).toHaveText('Maria Souza');
  await expect(info.getByTestId('customer-phone')).toHaveText('+5511987650001');
  await expect(info.getByTestId('customer-channel')).toHaveText('WhatsApp');
  await expect(info.getByTestId('customer-first-contact')).not.toBeEmpty();
  await expect(info.getByTestId('customer-conversation-start')).not.toBeEmpty();
  // The three above and the demo's own Order number (which the bot's question fills).
  await expect(info.getByTestId('field-row')).toHaveCount(4);
  await screenshot(anaPanel, '02-customer-panel-empty');

  // A value the server would refuse is refused at once, beside the field, with the server's words.
  await field(anaPanel, 'orders').pressSequentially('e');
  await field(anaPanel, 'orders').press('Enter');
  await expect(anaPanel.getByTestId('field-error-orders')).toHaveText('orders: not a number');
  await screenshot(anaPanel, '03-field-error');
  await field(anaPanel, 'orders').fill('3');
  await field(anaPanel, 'orders').press('Enter');
  await expect(anaPanel.getByTestId('field-error-orders')).toHaveCount(0);

  // Date saved on Enter, choice saved on selection.
  await field(anaPanel, 'birthday').fill('1990-05-17');
  await field(anaPanel, 'birthday').press('Enter');
  await field(anaPanel, 'plan').selectOption('Pro');

  // Tags from the keyboard: open the picker, narrow, Enter adds; Esc closes.
  await info.getByTestId('tag-add').click();
  await anaPanel.getByTestId('tag-search').fill('vi');
  await expect(anaPanel.getByTestId('tag-option')).toHaveText(['VIP']);
  await screenshot(anaPanel, '04-tag-picker');
  await anaPanel.getByTestId('tag-search').press('Enter');
  await expect(chips(anaPanel)).toHaveText(['VIP×']);
  await anaPanel.getByTestId('tag-search').fill('');
  await anaPanel.getByTestId('tag-search').press('ArrowDown');
  await anaPanel.getByTestId('tag-search').press('Enter');
  await expect(chips(anaPanel)).toHaveText(['VIP×', 'Wholesale×']);
  await anaPanel.getByTestId('tag-search').press('Escape');
  await expect(anaPanel.getByTestId('tag-search')).toHaveCount(0);
  await expect(info).toBeVisible(); // Esc left the picker, not the thread

  // × takes a tag off.
  await chips(anaPanel).filter({ hasText: 'Wholesale' }).getByTestId('tag-remove').click();
  await expect(chips(anaPanel)).toHaveText(['VIP×']);
  await screenshot(anaPanel, '05-customer-panel-filled');

  // The server holds exactly what Ana set.
  const { conversations } = await api('GET', '/v1/conversations?q=Maria%20Souza');
  const vip = (await api('GET', '/v1/tags')).tags.find((tag: { name: string }) => tag.name === 'VIP');
  const tagged = await api('GET', `/v1/conversations?tag=${vip.id}`);
  expect(tagged.conversations.map((c: { id: string }) => c.id)).toEqual([conversations[0].id]);

  // The admin's panel, in another browser, receives both through sync.
  const adminPanel = await openSidePanel(admin.context, admin.extensionId);
  await adminPanel.getByTestId('inbox-tab-new').click();
  await conversationItem(adminPanel, 'Maria Souza').click();
  await adminPanel.getByTestId('customer-toggle').click();
  await expect(field(adminPanel, 'birthday')).toHaveValue('1990-05-17');
  await expect(field(adminPanel, 'plan')).toHaveValue('Pro');
  await expect(field(adminPanel, 'orders')).toHaveValue('3');
  await expect(chips(adminPanel)).toHaveText(['VIP×']);
  await screenshot(adminPanel, '06-admin-sees-both');

  // A later change by the admin reaches Ana's open panel live.
  await field(adminPanel, 'orders').fill('4');
  await field(adminPanel, 'orders').press('Enter');
  await expect(field(anaPanel, 'orders')).toHaveValue('4');

  // Wider than 640 px the panel sits to the right of the thread.
  await adminPanel.setViewportSize({ width: 800, height: 640 });
  const box = await adminPanel.getByTestId('customer-panel').boundingBox();
  const thread = await adminPanel.getByTestId('composer-input').boundingBox();
  expect(box && thread && box.x >= thread.x + thread.width).toBe(true);
  await screenshot(adminPanel, '07-wide-panel-beside-thread');

  // The tag filter narrows the list and the counts of every tab.
  await anaPanel.getByTestId('back-button').click();
  await expect(anaPanel.getByTestId('inbox-count-new')).toHaveText('2');
  await anaPanel.getByTestId('tag-filter').selectOption({ label: 'VIP' });
  await expect(conversationItem(anaPanel, 'Maria Souza')).toBeVisible();
  await expect(conversationItem(anaPanel, 'John Carter')).toHaveCount(0);
  await expect(anaPanel.getByTestId('inbox-count-new')).toHaveText('1');
  await expect(anaPanel.getByTestId('inbox-count-active')).toHaveText('0');
  await screenshot(anaPanel, '08-filtered-by-vip');
  await anaPanel.getByTestId('tag-filter').selectOption({ label: 'All tags' });
  await expect(conversationItem(anaPanel, 'John Carter')).toBeVisible();
});

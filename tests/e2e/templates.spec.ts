// Templates and campaigns end to end: an expired conversation (the customer wrote two days ago, by
// Meta's timestamp) is reopened with a template the phone receives rendered; a campaign from the
// options page lands in Outgoing for its agent and moves to Active when the customer answers.
import { expect, test, type Page } from '@playwright/test';
import { buildWhatsappTextWebhook } from '../../server/simulator/buildWebhooks';
import { DEMO_PHONE_NUMBER_ID } from '../../server/workspace/seedDemo';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { conversationItem, customerWrites, openSidePanel, screenshot, signIn } from './agentFlow';

const DAY = 24 * 60 * 60 * 1000;
let server: RunningServer;
let admin: ExtensionBrowser;
let ana: ExtensionBrowser;

test.beforeAll(async () => {
  server = await startServer();
  [admin, ana] = await Promise.all([launchExtension(), launchExtension()]);
  await signIn(admin.context, admin.extensionId, server.url, 'admin@sidedesk.demo');
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
});

test.afterAll(async () => {
  await Promise.all([admin?.close(), ana?.close()]);
  await server?.stop();
});

async function simulator(path: string, body: unknown) {
  const res = await fetch(`${server.url}/simulator/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  expect(res.ok, await res.clone().text()).toBe(true);
  return res.json();
}

async function openPhone(
  context: ExtensionBrowser['context'],
  customer: { name: string; phone: string },
): Promise<Page> {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 400, height: 720 });
  await phone.goto(`${server.url}/simulator`);
  await phone.locator('#customer-select').selectOption({ label: `${customer.name} · +${customer.phone}` });
  return phone;
}

test('an expired conversation shows the template picker; the template reaches the phone rendered and waits in Outgoing', async () => {
  const customer = { name: 'Olga Petrova', phone: '4915112340001' };
  await simulator('customers', customer);
  // Meta's own timestamp, two days old: the window runs from it, not from when we received it.
  await simulator(
    'raw',
    buildWhatsappTextWebhook({
      phoneNumberId: DEMO_PHONE_NUMBER_ID,
      customer,
      text: 'Is the blue kettle back in stock?',
      at: Date.now() - 2 * DAY,
    }),
  );

  const panel = await openSidePanel(ana.context, ana.extensionId);
  await panel.getByTestId('inbox-tab-new').click();
  await conversationItem(panel, customer.name).click();
  await panel.getByTestId('take-button').click();
  await panel.getByTestId('back-button').click();

  await panel.getByTestId('layout-beta').click();
  await panel.getByTestId('inbox-tab-expired').click();
  await expect(conversationItem(panel, customer.name)).toBeVisible();
  await screenshot(panel, 'templates-01-expired-inbox');

  await conversationItem(panel, customer.name).click();
  await expect(panel.getByTestId('composer-input')).toHaveCount(0);
  await expect(panel.getByTestId('template-picker')).toBeVisible();
  await panel.getByTestId('template-select').selectOption({ label: 'order_update · en_US · Utility' });
  await expect(panel.getByTestId('template-preview')).toHaveText('Hi {{1}}, your order {{2}} is on its way.');
  await panel.getByTestId('template-param-1').fill('Olga');
  await panel.getByTestId('template-param-2').fill('#7781');
  await expect(panel.getByTestId('template-preview')).toHaveText('Hi Olga, your order #7781 is on its way.');
  await screenshot(panel, 'templates-02-picker-filled');
  await panel.getByTestId('template-send').click();

  const sent = panel.getByTestId('message').filter({ hasText: 'Hi Olga, your order #7781 is on its way.' });
  await expect(sent).toHaveCount(1);
  await expect(sent).toHaveAttribute('data-status', /sent|delivered|read/);

  const phone = await openPhone(ana.context, customer);
  const onPhone = phone.locator('li.msg[data-from="business"]', {
    hasText: 'Hi Olga, your order #7781 is on its way.',
  });
  await expect(onPhone).toBeVisible();
  await screenshot(phone, 'templates-03-phone');
  await expect(sent).toHaveAttribute('data-status', 'read');
  await screenshot(panel, 'templates-04-thread-after-template');

  await panel.getByTestId('back-button').click();
  await panel.getByTestId('inbox-tab-outgoing').click();
  await expect(conversationItem(panel, customer.name)).toBeVisible();
  await panel.getByTestId('inbox-tab-expired').click();
  await expect(conversationItem(panel, customer.name)).toHaveCount(0);
  await panel.getByTestId('inbox-tab-outgoing').click();
  await screenshot(panel, 'templates-05-outgoing');
  await phone.close();
  await panel.close();
});

test('a campaign from the options page lands in Outgoing for its agent and moves to Active when the customer answers', async () => {
  const customer = { name: 'Greta Lindqvist', phone: '4670123450002' };
  const options = await admin.context.newPage();
  await options.setViewportSize({ width: 1200, height: 900 });
  await options.goto(`chrome-extension://${admin.extensionId}/options.html`);
  await options.getByTestId('admin-nav-campaigns').click();
  await options.getByTestId('campaign-template').selectOption({ label: 'follow_up · en_US' });
  await options.getByTestId('campaign-param-1').fill('Greta');
  await options.getByTestId('campaign-numbers').fill(`+46 70 123 45 0002\nnot-a-number`);
  await expect(options.getByText('1 to send · 1 cannot be used (shown as failed)')).toBeVisible();
  await options.getByTestId('campaign-assignee').selectOption({ label: 'Ana' });
  await screenshot(options, 'templates-06-campaign-form');
  await options.getByTestId('campaign-send').click();

  const row = options.getByTestId('campaign-row').first();
  await expect(row).toHaveAttribute('data-status', 'done');
  await expect(row.getByTestId('campaign-progress')).toContainText('1 sent · 1 failed · 2 in all');
  await row.getByTestId('campaign-toggle').click();
  await expect(row.getByTestId('campaign-recipient').filter({ hasText: 'not-a-number' })).toContainText(
    'Invalid phone number',
  );
  await expect(row.getByTestId('campaign-recipient').filter({ hasText: '+4670123450002' })).toHaveAttribute(
    'data-status',
    'sent',
  );
  await screenshot(options, 'templates-07-campaign-progress');

  const panel = await openSidePanel(ana.context, ana.extensionId);
  await panel.getByTestId('layout-beta').click();
  await panel.getByTestId('inbox-tab-outgoing').click();
  await expect(conversationItem(panel, customer.phone)).toBeVisible();
  await screenshot(panel, 'templates-08-campaign-in-outgoing');

  // The customer answers from the phone: Meta's webhook carries their name.
  const phone = await ana.context.newPage();
  await phone.setViewportSize({ width: 400, height: 720 });
  await phone.goto(`${server.url}/simulator`);
  await customerWrites(phone, customer, 'Yes please, I have a question about my order');
  await expect(conversationItem(panel, customer.name)).toHaveCount(0);
  await panel.getByTestId('inbox-tab-active').click();
  await expect(conversationItem(panel, customer.name)).toContainText('Yes please');
  await screenshot(panel, 'templates-09-active-after-answer');
});

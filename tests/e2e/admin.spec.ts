// Administration from the options page: the admin creates a tag and a field, invites an agent and
// changes the default layout; an agent sees no Administration area and their panel follows the
// new default layout.
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { openSidePanel, screenshot, signIn } from './agentFlow';

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

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.getByTestId('signed-in')).toBeVisible();
  return page;
}

test('the admin sets up the workspace; an agent sees none of it and follows the new default layout', async () => {
  // Ana's panel starts on the workspace default, Classic.
  const anaPanel = await openSidePanel(ana.context, ana.extensionId);
  await expect(anaPanel.getByTestId('layout-classic')).toHaveAttribute('aria-checked', 'true');

  const options = await openOptions(admin);
  await expect(options.getByTestId('admin-area')).toBeVisible();
  await expect(options.getByTestId('notification-switches')).toBeVisible();

  // Tags
  await options.getByTestId('new-tag-name').fill('VIP customer');
  await options.getByTestId('add-tag').click();
  await expect(options.getByTestId('tag-row').filter({ hasText: 'VIP customer' })).toBeVisible();
  await screenshot(options, 'admin-01-tags');

  // Information fields
  await options.getByTestId('admin-nav-fields').click();
  await options.getByTestId('new-field-label').fill('Membership level');
  await options.getByTestId('new-field-key').fill('membership');
  await options.getByTestId('new-field-type').selectOption('choice');
  await options.getByTestId('new-field-choices').fill('Gold\nSilver\nBronze');
  await options.getByTestId('new-field-save').click();
  await expect(options.getByTestId('field-row').filter({ hasText: 'Membership level' })).toContainText(
    'Gold, Silver, Bronze',
  );
  await screenshot(options, 'admin-02-fields');

  // Templates: the form's live preview counts the parameters.
  await options.getByTestId('admin-nav-templates').click();
  await options.getByTestId('new-template').click();
  await options.getByTestId('template-body').fill('Hi {{1}}, your order {{2}} has shipped.');
  await expect(options.getByTestId('template-param-count')).toHaveText('2 parameters');
  await screenshot(options, 'admin-03-templates');
  await options.getByRole('button', { name: 'Cancel' }).click();

  // Agents: invite, and the temporary password signs the new agent in.
  await options.getByTestId('admin-nav-agents').click();
  await options.getByTestId('invite-name').fill('Carla Nueva');
  await options.getByTestId('invite-email').fill('carla@sidedesk.demo');
  await options.getByTestId('invite').click();
  const password = (await options.getByTestId('temporary-password').textContent())!;
  expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await expect(options.getByTestId('agent-row').filter({ hasText: 'carla@sidedesk.demo' })).toBeVisible();
  await screenshot(options, 'admin-04-agents');
  const login = await fetch(`${server.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'carla@sidedesk.demo', password }),
  });
  expect(login.status).toBe(200);

  // Workspace: default layout Beta.
  await options.getByTestId('admin-nav-workspace').click();
  await options.getByTestId('default-layout-beta').click();
  await expect(options.getByTestId('default-layout-beta')).toHaveAttribute('aria-checked', 'true');
  await screenshot(options, 'admin-05-workspace');

  // Ana: no Administration area, but her own notification switches.
  const anaOptions = await openOptions(ana);
  await expect(anaOptions.getByTestId('notification-switches')).toBeVisible();
  await expect(anaOptions.getByTestId('admin-area')).toHaveCount(0);
  await anaOptions.getByTestId('notify-newConversations').click();
  await expect(anaOptions.getByTestId('notify-newConversations')).toHaveAttribute('aria-checked', 'false');
  await screenshot(anaOptions, 'admin-06-agent-options');

  // Her panel never picked a layout: it follows the new default, live.
  await expect(anaPanel.getByTestId('layout-beta')).toHaveAttribute('aria-checked', 'true');
  await screenshot(anaPanel, 'admin-07-agent-panel-beta');
  // Once she picks one herself, that choice stays hers.
  await anaPanel.getByTestId('layout-classic').click();
  await expect(anaPanel.getByTestId('layout-classic')).toHaveAttribute('aria-checked', 'true');
});

// Sessions from the extension: an agent sees where they are signed in and ends another session;
// an admin signs an agent out everywhere, and the agent's panel says the session ended. All of it
// through CORS from the extension's own origin, at 360 px.
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { DEMO_PASSWORD, openSidePanel, screenshot, signIn } from './agentFlow';

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

async function openOptions(browser: ExtensionBrowser, width: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.getByTestId('signed-in')).toBeVisible();
  return page;
}

test('an agent ends another session; an admin signs the agent out everywhere', async () => {
  // Ana also signed in somewhere else (another computer).
  const elsewhere = await fetch(`${server.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0' },
    body: JSON.stringify({ email: 'ana@sidedesk.demo', password: DEMO_PASSWORD }),
  });
  const { token } = (await elsewhere.json()) as { token: string };

  const options = await openOptions(ana, 360);
  const rows = options.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'This browser' })).toContainText('Chrome on Linux');
  await expect(rows.filter({ hasText: 'Firefox on Windows' })).toBeVisible();
  await screenshot(options, 'sessions-01-agent-360');
  await rows.filter({ hasText: 'Firefox on Windows' }).getByTestId('session-end').click();
  await expect(rows).toHaveCount(1);
  const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  expect(me.status).toBe(401);

  const panel = await openSidePanel(ana.context, ana.extensionId);
  const adminOptions = await openOptions(admin, 1200);
  await adminOptions.getByTestId('admin-nav-agents').click();
  const anaRow = adminOptions.getByTestId('agent-row').filter({ hasText: 'ana@sidedesk.demo' });
  await anaRow.getByTestId('agent-end-sessions').click();
  await expect(anaRow).toContainText('Signed out of 1 session.');
  await screenshot(adminOptions, 'sessions-02-admin-end-sessions');

  // Ana's panel learns it at its next request and says why.
  await expect(panel.getByTestId('signed-out')).toContainText('Your session ended. Sign in again.', {
    timeout: 45_000,
  });
  await screenshot(panel, 'sessions-03-panel-signed-out');
});

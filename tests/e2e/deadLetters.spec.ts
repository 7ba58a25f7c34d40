// Undelivered webhooks in the options page: a signed webhook the server cannot store is listed for
// the admin with its reason, and Replay runs it again (still unstorable here, it keeps waiting).
import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { DEMO_APP_SECRET } from '../../server/parseConfig';
import { screenshot, signIn } from './agentFlow';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';

let server: RunningServer;
let admin: ExtensionBrowser;

test.beforeAll(async () => {
  server = await startServer();
  admin = await launchExtension();
  await signIn(admin.context, admin.extensionId, server.url, 'admin@sidedesk.demo');
});

test.afterAll(async () => {
  await admin?.close();
  await server?.stop();
});

test('a webhook that cannot be stored is acknowledged, listed for the admin, and can be replayed', async () => {
  const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ changes: 'not a list' }] });
  const signature = `sha256=${createHmac('sha256', DEMO_APP_SECRET).update(body).digest('hex')}`;
  const answer = await fetch(`${server.url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
  expect(answer.status).toBe(200);

  const page = await admin.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${admin.extensionId}/options.html`);
  await page.getByTestId('admin-nav-deadLetters').click();
  const row = page.getByTestId('dead-letter-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('entry[0].changes');
  await expect(row).toContainText('WhatsApp');
  await row.getByRole('button', { name: 'Replay' }).click();
  await expect(row.getByRole('button', { name: 'Replay' })).toBeEnabled();
  await expect(row).toHaveAttribute('data-replayed', 'false');
  await expect(row).toContainText('Not stored yet');
  await expect(page.getByTestId('admin-error')).toHaveCount(0);
  await screenshot(page, 'admin-dead-letters');
});

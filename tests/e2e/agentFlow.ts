// What an agent and a customer do in the end-to-end tests, in their own words: sign in from the
// options page, open the side panel, write from the simulator's phone.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './harness';

export const DEMO_PASSWORD = 'sidedesk';
export const SCREENSHOTS = join(ROOT, process.env.SIDEDESK_E2E_RESULTS ?? 'test-results/e2e', 'screenshots');

export async function signIn(context: BrowserContext, extensionId: string, serverUrl: string, email: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('server-url').fill(serverUrl);
  await options.getByTestId('email').fill(email);
  await options.getByTestId('password').fill(DEMO_PASSWORD);
  await options.getByTestId('sign-in').click();
  await expect(options.getByTestId('signed-in-as')).toContainText(email);
  await options.close();
}

/** The side panel page, opened as a tab at the side panel's width. */
export async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 360, height: 720 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('sync-pill')).toHaveAttribute('data-status', 'live');
  return panel;
}

export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The customer's phone: picks or creates the customer, then writes. */
export async function customerWrites(phone: Page, customer: { name: string; phone: string }, text: string) {
  const option = phone.locator('#customer-select option', { hasText: customer.name });
  if ((await option.count()) === 0) {
    await phone.locator('#new-customer summary').click();
    await phone.locator('#new-customer-name').fill(customer.name);
    await phone.locator('#new-customer-phone').fill(customer.phone);
    await phone.locator('#new-customer-add').click();
  }
  await expect(phone.locator('#customer-select option:checked')).toContainText(customer.name);
  await phone.locator('#message-input').fill(text);
  await phone.locator('#send-button').click();
  await expect(phone.locator('li.msg[data-from="customer"]', { hasText: text })).toHaveAttribute(
    'data-status',
    'accepted',
  );
}

export function conversationItem(panel: Page, name: string) {
  return panel.getByTestId('conversation-item').filter({ hasText: name });
}

// Messenger and Instagram end to end, and a photo from the phone: the simulator plays the customer
// on each channel (signed "page"/"instagram" webhooks) and Meta's Send API; the agent works in the
// real side panel.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchExtension, ROOT, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { conversationItem, customerWrites, openSidePanel, screenshot, signIn } from './agentFlow';

// The demo workspace's simulated Page and Instagram account (server/workspace/seedDemo.ts).
const CHANNELS = { messenger: '200000000000001', instagram: '17841400000000001', whatsapp: '100000000000001' };

let server: RunningServer;
let ana: ExtensionBrowser;
let panel: Page;
let phone: Page;

test.beforeAll(async () => {
  server = await startServer();
  ana = await launchExtension();
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
  panel = await openSidePanel(ana.context, ana.extensionId);
  phone = await ana.context.newPage();
  await phone.setViewportSize({ width: 400, height: 720 });
  await phone.goto(`${server.url}/simulator`);
});

test.afterAll(async () => {
  await ana?.close();
  await server?.stop();
});

const cases = [
  {
    channel: 'messenger',
    customer: { name: 'Mia Rossi', phone: '7100000000000001' },
    text: 'Hi! Is the blue dress still available in M?',
    reply: 'Yes, size M is in stock!',
  },
  {
    channel: 'instagram',
    customer: { name: 'Noah Berg', phone: '7200000000000002' },
    text: 'Do you ship to Oslo?',
    reply: 'We do, in 3 days.',
  },
] as const;

for (const c of cases) {
  test(`${c.channel}: the customer writes, Ana takes and replies, the phone gets it once`, async () => {
    await phone.locator('#channel-select').selectOption(CHANNELS[c.channel]);
    await customerWrites(phone, c.customer, c.text);

    // Named from the Graph profile (the webhook carries no name), marked with its channel.
    await panel.getByTestId('inbox-tab-new').click();
    const row = conversationItem(panel, c.customer.name);
    await expect(row).toContainText(c.text);
    await expect(row.getByTestId('channel-mark')).toHaveAttribute('data-channel', c.channel);
    await screenshot(panel, `${c.channel}-01-new`);

    await row.click();
    await expect(panel.getByTestId('thread-title')).toHaveText(c.customer.name);
    await panel.getByTestId('take-button').click();
    await panel.getByTestId('composer-input').fill(c.reply);
    await panel.getByTestId('composer-input').press('Enter');
    const sent = panel.getByTestId('message').filter({ hasText: c.reply });
    await expect(sent).toHaveAttribute('data-status', 'sent');

    // The phone got it through the Send API stand-in; Meta's echo came back and was taken.
    await expect(phone.locator('li.msg[data-from="business"]', { hasText: c.reply })).toHaveAttribute(
      'data-status',
      'sent',
    );
    await expect(sent).toHaveCount(1);
    await expect(panel.getByTestId('message')).toHaveCount(2);
    await screenshot(panel, `${c.channel}-02-thread`);
    await screenshot(phone, `${c.channel}-03-phone`);
    await panel.getByTestId('back-button').click();
  });
}

test('a photo sent from the phone shows as a thumbnail in the thread', async () => {
  await phone.locator('#channel-select').selectOption(CHANNELS.whatsapp);
  const customer = { name: 'Pat Photo', phone: '5511900001234' };
  await customerWrites(phone, customer, 'Here is the damaged box');
  await phone.locator('#message-input').fill('the corner');
  await phone.locator('#file-input').setInputFiles({
    name: 'box.png',
    mimeType: 'image/png',
    buffer: await readFile(join(ROOT, 'public/icon/128.png')),
  });
  await expect(phone.getByTestId('sim-attachment')).toHaveCount(1);
  await screenshot(phone, 'photo-01-phone');

  await panel.getByTestId('inbox-tab-new').click();
  await conversationItem(panel, customer.name).click();
  const image = panel.getByTestId('media-image');
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^blob:/);
  // A real picture decoded from the bytes the server downloaded from the Graph stand-in.
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(128);
  await expect(panel.getByTestId('message').filter({ hasText: 'the corner' })).toHaveAttribute('data-kind', 'image');
  await screenshot(panel, 'photo-02-thread');
});

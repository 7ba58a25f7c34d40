// The bot in the options page: the admin switches it and edits its flow in the structured editor
// (a step added at the start, saved as a new version that a reload reads back from the server),
// and the JSON view points at the line of a problem and refuses to save until it is fixed.
import { expect, test, type Page } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';
import { openSidePanel, screenshot, signIn } from './agentFlow';
import { axeSource, seriousViolations } from './axe';

let server: RunningServer;
let admin: ExtensionBrowser;
let axe: string | null = null;

test.beforeAll(async () => {
  server = await startServer({ SIDEDESK_DEMO_BOT: '1' });
  admin = await launchExtension();
  await signIn(admin.context, admin.extensionId, server.url, 'admin@sidedesk.demo');
  axe = await axeSource();
});

test.afterAll(async () => {
  await admin?.close();
  await server?.stop();
});

async function openBot(width = 1200): Promise<Page> {
  const page = await admin.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${admin.extensionId}/options.html`);
  await page.getByTestId('admin-nav-bot').click();
  await expect(page.getByTestId('bot-section')).toBeVisible();
  return page;
}

const versionOf = async (page: Page) => Number((await page.getByTestId('bot-version').innerText()).replace(/\D/g, ''));

test('the admin switches the bot and edits its flow; the server keeps both', async () => {
  const options = await openBot();

  const toggle = options.getByTestId('bot-switch');
  const wasOn = (await toggle.getAttribute('aria-checked')) === 'true';
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', String(!wasOn));

  // A greeting before whatever the flow did so far: added, linked to the old start, made the start.
  const before = await versionOf(options);
  const oldStart = await options.getByTestId('bot-start').inputValue();
  await options.getByTestId('bot-add-message').click();
  const added = options.getByTestId('bot-step').last();
  const id = await added.getByTestId('bot-step-id').inputValue();
  await added.getByTestId('bot-step-id').fill(`${id}-hello`);
  await added.getByTestId('bot-step-text').fill('Hi! Thanks for writing to us.');
  await added.getByTestId('bot-step-next').selectOption(oldStart);
  await options.getByTestId('bot-start').selectOption(`${id}-hello`);
  await expect(options.getByTestId('bot-problems')).toHaveCount(0);
  await screenshot(options, 'bot-01-steps');
  expect(await seriousViolations(options, axe!)).toEqual([]);
  await options.getByTestId('bot-save').click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect(await versionOf(options)).toBeGreaterThan(before);

  // Read back from the server.
  await options.reload();
  await options.getByTestId('admin-nav-bot').click();
  await expect(options.getByTestId('bot-switch')).toHaveAttribute('aria-checked', String(!wasOn));
  await expect(options.getByTestId('bot-start')).toHaveValue(`${id}-hello`);
  const step = options.locator(`[data-testid="bot-step"][data-step-id="${id}-hello"]`);
  await expect(step.getByTestId('bot-step-text')).toHaveValue('Hi! Thanks for writing to us.');

  // The JSON view: a link to a step that does not exist is a problem at its line; no save.
  await options.getByTestId('bot-view-json').click();
  const json = options.getByTestId('bot-json');
  const text = await json.inputValue();
  const broken = text.replace(`"next": "${oldStart}"`, '"next": "nowhere"');
  await json.fill(broken);
  const line = broken.split('\n').findIndex((l) => l.includes('"nowhere"')) + 1;
  await expect(options.getByTestId('bot-problem').filter({ hasText: 'nowhere' })).toContainText(`Line ${line}`);
  await expect(options.getByTestId('bot-json-marked-line')).toHaveText(String(line));
  await expect(options.getByTestId('bot-save')).toBeDisabled();
  // Not JSON at all: the line of the syntax error.
  await json.fill(text.replace('"startStepId"', 'startStepId'));
  await expect(options.getByTestId('bot-json-error')).toContainText('Line 2');
  await screenshot(options, 'bot-02-json-error');
  expect(await seriousViolations(options, axe!)).toEqual([]);
  await json.fill(text);
  await expect(options.getByTestId('bot-save')).toBeEnabled();
  await options.getByTestId('bot-view-steps').click();
  await expect(options.getByTestId('bot-steps')).toBeVisible();

  // Back as it was.
  await options.getByTestId('bot-switch').click();
  await expect(options.getByTestId('bot-switch')).toHaveAttribute('aria-checked', String(wasOn));
});

test('automations: a rule restarting the flow at a step is saved, or the server says why not', async () => {
  const options = await openBot();
  await options.getByTestId('admin-nav-automations').click();
  const section = options.getByTestId('automations-section');
  await expect(section).toBeVisible();
  await expect(section.getByTestId('automation-add')).toBeVisible();
  await expect(section.getByTestId('admin-error')).toHaveCount(0);
  await section.getByTestId('automation-add').click();
  const rule = section.getByTestId('automation-rule').last();
  await rule.getByTestId('automation-when').selectOption('positive');
  await rule.getByTestId('automation-after').fill('90');
  await section.getByTestId('automations-save').click();
  await expect(section.getByRole('status').filter({ hasText: 'Automations saved' })).toBeVisible();
  await options.reload();
  await options.getByTestId('admin-nav-automations').click();
  await expect(options.getByTestId('automation-after').last()).toHaveValue('90');
});

test("the panel's 'With the bot' bar: folded with its count, opens to the list, passes axe at 360 px", async () => {
  const panel = await openSidePanel(admin.context, admin.extensionId);
  const toggle = panel.getByTestId('with-bot-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByTestId('with-bot-count')).toHaveText(/^\d+$/);
  await toggle.click();
  await expect(panel.getByTestId('with-bot-list')).toBeVisible();
  await expect(panel.getByTestId('availability-toggle')).toHaveAttribute('aria-checked', /true|false/);
  await screenshot(panel, 'bot-03-with-the-bot');
  expect(await seriousViolations(panel, axe!)).toEqual([]);
});

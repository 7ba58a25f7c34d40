// The AI half end to end, on real parts: the built extension in Chromium, the server process with an
// OpenAI-compatible endpoint (a stand-in speaking the protocol, reached by the real `openai` client),
// the simulator's phone sending a WhatsApp voice note. An admin switches the features on and off.
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { startOpenAiStandIn, type OpenAiStandIn } from '../../server/testing/openaiStandIn';
import { conversationItem, customerWrites, openSidePanel, screenshot, signIn } from './agentFlow';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';

const KEY = 'sk-e2e-stand-in';
const HEARD = 'Hi, I ordered a blue jacket last week and it has not arrived yet. Where is my order?';
const SUGGESTIONS = [
  'Sorry for the wait! Let me check where your jacket is right now.',
  'Could you send me your order number so I can track it?',
  'Your jacket left our warehouse yesterday; it should arrive tomorrow.',
];
const WRITTEN = 'The customer is waiting for a blue jacket ordered last week; Ana promised to track it.';

let standIn: OpenAiStandIn;
let server: RunningServer;
let admin: ExtensionBrowser;
let ana: ExtensionBrowser;
let ben: ExtensionBrowser;
let anaPanel: Page;
const customer = { name: 'Rosa Díaz', phone: '573001112233' };

const schemaOf = (request: { json: unknown }) =>
  (request.json as { response_format?: { json_schema?: { name?: string } } } | null)?.response_format?.json_schema
    ?.name;

test.beforeAll(async () => {
  standIn = await startOpenAiStandIn({ apiKey: KEY });
  // Held a moment, so the panel's "Transcribing…" can be seen before the text arrives.
  standIn.setDefault('transcription', { delayMs: 1500, then: { text: HEARD } });
  standIn.setDefault('chat', (request) =>
    schemaOf(request) === 'reply_suggestions'
      ? { json: { suggestions: SUGGESTIONS.map((text) => ({ text, quickReplyId: null })) } }
      : { json: { summary: WRITTEN, openRequest: 'Where the jacket is', promises: ['Track the order'] } },
  );
  server = await startServer({
    OPENAI_BASE_URL: standIn.baseUrl,
    OPENAI_API_KEY: KEY,
    AI_CHAT_MODEL: 'e2e-chat',
    AI_TRANSCRIBE_MODEL: 'e2e-whisper',
  });
  [admin, ana, ben] = await Promise.all([launchExtension(), launchExtension(), launchExtension()]);
  await signIn(admin.context, admin.extensionId, server.url, 'admin@sidedesk.demo');
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
  await signIn(ben.context, ben.extensionId, server.url, 'ben@sidedesk.demo');
});

test.afterAll(async () => {
  await Promise.all([admin?.close(), ana?.close(), ben?.close()]);
  await server?.stop();
  await standIn?.close();
});

async function adminSwitch(key: 'summaryAndSuggestions' | 'transcribeVoiceNotes', on: boolean) {
  const options = await admin.context.newPage();
  await options.goto(`chrome-extension://${admin.extensionId}/options.html`);
  await options.getByTestId('admin-nav-ai').click();
  await expect(options.getByTestId('ai-setup-chat')).toContainText('e2e-chat');
  const toggle = options.getByTestId(`ai-switch-${key}`);
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', String(on));
  await screenshot(options, `ai-options-${key}-${on ? 'on' : 'off'}`);
  await options.close();
}

test('a voice note shows "Transcribing…", then the text the provider heard', async () => {
  await adminSwitch('transcribeVoiceNotes', true);
  await adminSwitch('summaryAndSuggestions', true);
  anaPanel = await openSidePanel(ana.context, ana.extensionId);

  const phone = await ana.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  await customerWrites(phone, customer, 'Hola, una pregunta');
  await phone.locator('#voice-button').click();
  await phone.locator('.voice-sample[data-sample="where-is-my-order"]').click();
  await expect(phone.locator('li.msg[data-from="customer"]')).toHaveCount(2);

  await anaPanel.getByTestId('inbox-tab-new').click();
  await conversationItem(anaPanel, customer.name).click();
  const transcript = anaPanel.getByTestId('transcript');
  await expect(transcript).toContainText('Transcribing');
  await screenshot(anaPanel, 'ai-01-transcribing');
  await expect(anaPanel.getByTestId('transcript-text')).toHaveText(HEARD);
  await screenshot(anaPanel, 'ai-02-transcribed');

  // The provider received the voice note as the phone recorded it, once, under the configured model.
  const uploads = standIn.requestsTo('transcription');
  expect(uploads).toHaveLength(1);
  expect(uploads[0].fields.model).toBe('e2e-whisper');
  expect(uploads[0].upload?.mimeType).toMatch(/^audio\/ogg/);
  expect(uploads[0].upload?.bytes.subarray(0, 4).toString()).toBe('OggS');
});

test('one click puts a suggestion in the composer; another goes into a field on the page', async () => {
  const crm: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>CRM</title><label>Ticket reply <textarea id="reply"></textarea></label>');
  });
  await new Promise<void>((done) => crm.listen(0, '127.0.0.1', done));
  const address = crm.address();
  try {
    await anaPanel.getByTestId('take-button').click();
    await expect(anaPanel.getByTestId('composer-input')).toBeEnabled();
    await anaPanel.getByTestId('suggest-button').click();
    const suggestions = anaPanel.getByTestId('suggestion');
    await expect(suggestions).toHaveCount(3);
    await screenshot(anaPanel, 'ai-03-suggestions');

    // The model was asked with the conversation, the voice note's transcript included.
    const asked = standIn.requestsTo('chat').filter((r) => schemaOf(r) === 'reply_suggestions');
    expect(asked).toHaveLength(1);
    expect(JSON.stringify(asked[0].json)).toContain('blue jacket');

    await suggestions.nth(0).getByTestId('suggestion-use').click();
    await expect(anaPanel.getByTestId('composer-input')).toHaveValue(SUGGESTIONS[0]);

    const page = await ana.context.newPage();
    await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    await page.waitForFunction(() => document.documentElement.dataset.sidedeskReady === '1');
    await page.locator('#reply').click();
    await suggestions.nth(1).getByTestId('suggestion-insert').click();
    await expect(page.locator('#reply')).toHaveValue(SUGGESTIONS[1]);

    // Sent as written: the customer gets the suggestion Ana chose.
    await anaPanel.getByTestId('composer-input').press('Enter');
    await expect(anaPanel.getByTestId('message').filter({ hasText: SUGGESTIONS[0] })).toHaveAttribute(
      'data-status',
      /sent|delivered|read/,
    );
  } finally {
    crm.close();
  }
});

test('a transfer makes a summary that Ben reads when he opens the conversation', async () => {
  // Five messages since the start: the summary's minimum.
  const phone = await ana.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  await customerWrites(phone, customer, 'It was the blue one, size M');
  await customerWrites(phone, customer, 'Thank you!');

  await anaPanel.getByTestId('thread-actions').click();
  await anaPanel.getByTestId('action-transfer').click();
  await anaPanel.getByTestId('transfer-target').selectOption({ label: 'Ben' });
  await anaPanel.getByTestId('transfer-submit').click();
  await expect(anaPanel.getByTestId('toast')).toContainText('Ben');

  const benPanel = await openSidePanel(ben.context, ben.extensionId);
  await benPanel.getByTestId('inbox-tab-active').click();
  await conversationItem(benPanel, customer.name).click();
  await benPanel.getByTestId('thread-tab-summary').click();
  await expect(benPanel.getByTestId('summary-written')).toContainText(WRITTEN);
  await screenshot(benPanel, 'ai-04-ben-reads-the-summary');
});

test('switched off by the admin, the controls disappear and the provider is asked nothing more', async () => {
  await adminSwitch('summaryAndSuggestions', false);
  await adminSwitch('transcribeVoiceNotes', false);
  const before = standIn.requests.length;

  const benPanel = await openSidePanel(ben.context, ben.extensionId);
  await benPanel.getByTestId('inbox-tab-active').click();
  await conversationItem(benPanel, customer.name).click();
  await expect(benPanel.getByTestId('suggest-button')).toHaveCount(0);
  await expect(benPanel.getByTestId('thread-tab-summary')).toHaveCount(0);
  await benPanel.keyboard.press('s');

  // A new voice note gets no "Transcribing…", and Ben transferring back makes no summary.
  const phone = await ben.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  await phone.locator('#customer-select').selectOption({ label: `${customer.name} · +${customer.phone}` });
  await phone.locator('#voice-button').click();
  await phone.locator('.voice-sample[data-sample="wrong-size"]').click();
  await expect(benPanel.getByTestId('media-audio')).toHaveCount(2);
  await expect(benPanel.getByTestId('transcript')).toHaveCount(1);
  await benPanel.getByTestId('thread-actions').click();
  await benPanel.getByTestId('action-transfer').click();
  await benPanel.getByTestId('transfer-target').selectOption({ label: 'Ana' });
  await benPanel.getByTestId('transfer-submit').click();
  await expect(benPanel.getByTestId('toast')).toContainText('Ana');
  await screenshot(benPanel, 'ai-05-switched-off');
  expect(standIn.requests.length).toBe(before);
});

// The bot end to end, on real parts: the built extension in Chromium, the server process with the
// OpenAI stand-in (the real `openai` client talking to it), the simulator's phone. The customer
// answers the bot's question, taps a menu button, then asks for a person by voice note; the bot
// hears it through the transcript and its structured answer hands over. Ana finds the conversation
// in New, with the bot's handover summary (the collected answers) in the Summary tab.
import { expect, test, type Page } from '@playwright/test';
import type { Flow } from '../../core/bot/flow';
import { startOpenAiStandIn, type OpenAiStandIn, type StandInRequest } from '../../server/testing/openaiStandIn';
import { conversationItem, customerWrites, DEMO_PASSWORD, openSidePanel, screenshot, signIn } from './agentFlow';
import { launchExtension, startServer, type ExtensionBrowser, type RunningServer } from './harness';

const KEY = 'sk-e2e-bot';
const HEARD = 'I have a problem with my payment. Can I talk to a person, please?';
const BOT_SAYS = 'Of course, a person from the team will help you with your payment.';
const WRITTEN = 'The customer has a payment problem with order 4512 and asked for a person by voice note.';
const PROMPT = 'You are the Casa Pepe bot. Keep it short.';
const customer = { name: 'Lucía Ramos', phone: '573004445566' };

// Two menus, so the customer is still with the bot (waiting at the second) when the voice note comes.
const FLOW: Flow = {
  startStepId: 'hello',
  steps: [
    { kind: 'message', id: 'hello', text: 'Hi! I am the Casa Pepe bot.', next: 'order' },
    {
      kind: 'question',
      id: 'order',
      text: 'What is your order number?',
      fieldKey: 'order_number',
      hint: 'Just the digits, please.',
      next: 'topic',
    },
    {
      kind: 'menu',
      id: 'topic',
      text: 'What can we help you with?',
      options: [
        { id: 'payments', title: 'Payments', next: 'more' },
        { id: 'shipping', title: 'Shipping', next: 'more' },
      ],
    },
    {
      kind: 'menu',
      id: 'more',
      text: 'Anything else before we look into it?',
      options: [{ id: 'done', title: 'That is all', next: 'team' }],
    },
    { kind: 'handover', id: 'team', text: 'Thanks! Someone will answer you here.', to: { kind: 'queue' } },
  ],
};

type ChatBody = { messages: { content: string }[]; response_format?: { json_schema?: { name?: string } } };
const body = (r: StandInRequest) => r.json as ChatBody;
const schemaOf = (r: StandInRequest) => body(r)?.response_format?.json_schema?.name;

let standIn: OpenAiStandIn;
let server: RunningServer;
let ana: ExtensionBrowser;

async function api(method: string, path: string, token: string, payload: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

test.beforeAll(async () => {
  standIn = await startOpenAiStandIn({ apiKey: KEY });
  standIn.setDefault('transcription', { json: { text: HEARD } });
  standIn.setDefault('chat', (request) => {
    const schema = schemaOf(request);
    const sent = JSON.stringify(body(request).messages);
    if (schema === 'asks_for_person') return { json: { asksForPerson: false } };
    // The model hands over only when it was given the transcript: a bot that answered without it stays.
    if (schema === 'bot_voice_answer') {
      const asked = sent.includes('talk to a person');
      return { json: { reply: asked ? BOT_SAYS : 'How can I help?', handover: asked, reason: 'asked by voice' } };
    }
    return { json: { summary: WRITTEN, openRequest: 'A problem with a payment', promises: [] } };
  });
  server = await startServer({
    OPENAI_BASE_URL: standIn.baseUrl,
    OPENAI_API_KEY: KEY,
    AI_CHAT_MODEL: 'e2e-chat',
    AI_TRANSCRIBE_MODEL: 'e2e-whisper',
  });
  const login = await fetch(`${server.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@sidedesk.demo', password: DEMO_PASSWORD }),
  });
  const token = ((await login.json()) as { token: string }).token;
  await api('PUT', '/v1/bot', token, { enabled: true, flow: FLOW, handoverKeywords: [] });
  await api('PATCH', '/v1/settings', token, {
    botAnswersVoiceNotes: true,
    botPrompt: PROMPT,
    summaryAndSuggestions: true,
  });
  ana = await launchExtension();
  await signIn(ana.context, ana.extensionId, server.url, 'ana@sidedesk.demo');
});

test.afterAll(async () => {
  await ana?.close();
  await server?.stop();
  await standIn?.close();
});

const fromBot = (phone: Page, text: string) => phone.locator('li.msg[data-from="business"]', { hasText: text });

test('the customer goes through the bot, asks for a person by voice note, and Ana reads the summary in New', async () => {
  const phone = await ana.context.newPage();
  await phone.goto(`${server.url}/simulator`);
  await customerWrites(phone, customer, 'Hola');
  await expect(fromBot(phone, 'What is your order number?')).toBeVisible();

  // While the bot has it, Ana does not see it in New.
  const panel = await openSidePanel(ana.context, ana.extensionId);
  await panel.getByTestId('inbox-tab-new').click();
  await expect(conversationItem(panel, customer.name)).toHaveCount(0);

  await customerWrites(phone, customer, '4512');
  await expect(fromBot(phone, 'What can we help you with?')).toBeVisible();
  await phone.getByTestId('sim-reply-button').filter({ hasText: 'Payments' }).click();
  await expect(fromBot(phone, 'Anything else before we look into it?')).toBeVisible();

  await phone.locator('#voice-button').click();
  await phone.locator('.voice-sample[data-sample="talk-to-a-person"]').click();
  await expect(fromBot(phone, BOT_SAYS)).toBeVisible();
  await expect(fromBot(phone, 'Someone will answer you here')).toHaveCount(0);

  // The model was asked with the transcript and the admin's prompt, after the transcription.
  const voiceAsk = standIn.requestsTo('chat').find((r) => schemaOf(r) === 'bot_voice_answer');
  expect(JSON.stringify(body(voiceAsk!).messages)).toContain(PROMPT);
  const order = standIn.requests.map((r) => (r.endpoint === 'chat' ? schemaOf(r) : r.endpoint));
  expect(order.indexOf('transcription')).toBeLessThan(order.indexOf('bot_voice_answer'));

  // Ana: in New, the thread says why the bot handed over, the Summary tab holds the handover summary.
  const item = conversationItem(panel, customer.name);
  await expect(item).toBeVisible();
  await item.click();
  await expect(panel.getByTestId('system-entry').filter({ hasText: 'asked for a person' })).toBeVisible();
  await expect(panel.getByTestId('transcript-text')).toHaveText(HEARD);
  await expect(panel.getByTestId('message').filter({ hasText: BOT_SAYS })).toBeVisible();
  await panel.getByTestId('thread-tab-summary').click();
  const card = panel.getByTestId('summary-card').first();
  await expect(card.getByTestId('summary-headline')).toContainText('Bot handover');
  await expect(card.getByTestId('summary-written')).toHaveText(WRITTEN);
  const answers = card.getByTestId('summary-bot-answers');
  await expect(answers).toContainText('What is your order number?');
  await expect(answers).toContainText('4512');
  await answers.scrollIntoViewIfNeeded();
  await screenshot(panel, 'bot-journey-360-summary');
  await panel.setViewportSize({ width: 480, height: 800 });
  await expect(answers).toBeVisible();
  await screenshot(panel, 'bot-journey-480-summary');
  await phone.setViewportSize({ width: 480, height: 900 });
  await screenshot(phone, 'bot-journey-phone');
});

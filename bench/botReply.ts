// Bot reply benchmark: from a customer's message (a signed WhatsApp webhook) to the bot's reply
// leaving for Meta, median and p95 over N conversations, against the same path for an agent's
// reply (the webhook, then the agent's POST, to the send leaving for Meta). Goal: bot ≤ 1.5 ×
// agent. Then the bot with a chat model (the OpenAI stand-in answering after MODEL_MS), with the
// stand-in's time taken out.
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { buildWhatsappTextWebhook } from '../server/simulator/buildWebhooks';
import { signBody } from '../server/simulator/signBody';
import { startOpenAiStandIn } from '../server/testing/openaiStandIn';
import { BENCH_SECRET, PHONE_NUMBER_ID, startBotBenchServer } from './botReplyServer';

const CONVERSATIONS = Number(process.env.BENCH_BOT_CONVERSATIONS ?? 200);
const MODEL_MS = Number(process.env.BENCH_MODEL_MS ?? 100);
const KEY = 'sk-bench-bot';
const FLOW = {
  startStepId: 'hello',
  steps: [
    { kind: 'message', id: 'hello', text: 'Hi! A question first.', next: 'menu' },
    {
      kind: 'menu',
      id: 'menu',
      text: 'What do you need?',
      options: [
        { id: 'a', title: 'Orders', next: null },
        { id: 'b', title: 'Returns', next: null },
      ],
    },
  ],
};

type Server = Awaited<ReturnType<typeof startBotBenchServer>>;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function webhook(server: Server, phone: string, text: string) {
  const { body, signature } = signBody(
    buildWhatsappTextWebhook({ phoneNumberId: PHONE_NUMBER_ID, customer: { name: `Bench ${phone}`, phone }, text }),
    BENCH_SECRET,
  );
  const response = await server.app.request('/webhooks/whatsapp', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
  if (response.status !== 200) throw new Error(`webhook: ${response.status}`);
}

/** Bot on: a new customer writes; until the bot's first message leaves. */
async function botRound(server: Server, phone: string): Promise<number> {
  const leaves = server.nextSendTo(phone);
  const started = performance.now();
  await webhook(server, phone, 'hola');
  return (await leaves) - started;
}

/** Bot off: the customer writes to a conversation an agent has; the agent answers at once. */
async function agentRound(server: Server, phone: string): Promise<number> {
  await webhook(server, phone, 'first');
  const [row] = await server.store.db.query<{ id: string }>(
    `SELECT cv.id FROM conversations cv JOIN contacts c ON c.id = cv.contact_id WHERE c.external_id = $1`,
    [phone],
  );
  await server.call('POST', `/v1/conversations/${row.id}/accept`, server.token);
  const leaves = server.nextSendTo(phone);
  const started = performance.now();
  await webhook(server, phone, 'hola');
  await server.call('POST', `/v1/conversations/${row.id}/messages`, server.token, {
    clientId: randomUUID(),
    text: 'Hi! How can I help?',
  });
  return (await leaves) - started;
}

async function measure(server: Server, prefix: number, round: (s: Server, phone: string) => Promise<number>) {
  for (let i = 0; i < 10; i++) await round(server, String(prefix + 900_000 + i));
  const times: number[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    times.push(await round(server, String(prefix + i)));
    // One conversation at a time: the previous one's remaining work (its other sends) is not measured.
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

const fmt = (m: { median: number; p95: number }) => `median ${m.median.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms`;

export async function runBotReplyBenchmark(): Promise<void> {
  const plain = await startBotBenchServer(null);
  const agent = await measure(plain, 5491120000000, agentRound);
  await plain.call('PUT', '/v1/bot', plain.token, { enabled: true, flow: FLOW, handoverKeywords: [] });
  const bot = await measure(plain, 5491130000000, botRound);
  await plain.close();

  const standIn = await startOpenAiStandIn({ apiKey: KEY });
  standIn.setDefault('chat', { delayMs: MODEL_MS, then: { json: { asksForPerson: false } } });
  const ai = {
    baseUrl: standIn.baseUrl,
    apiKey: KEY,
    chatModel: 'gpt-bench',
    transcribeModel: null,
    azureApiVersion: null,
    timeoutMs: 10_000,
  };
  // The provider's time as the server waits for it (network, the stand-in, its scripted wait), summed
  // from the fetch the openai client makes: taken out of each round, what is left is our path.
  let providerMs = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(standIn.baseUrl)) return realFetch(input, init);
    const started = performance.now();
    try {
      const response = await realFetch(input, init);
      await response.clone().arrayBuffer();
      return response;
    } finally {
      providerMs += performance.now() - started;
    }
  }) as typeof fetch;
  const withModel = await startBotBenchServer(ai);
  await withModel.call('PUT', '/v1/bot', withModel.token, { enabled: true, flow: FLOW, handoverKeywords: [] });
  await withModel.call('PATCH', '/v1/settings', withModel.token, { botAnswersVoiceNotes: true });
  const raw = await measure(withModel, 5491140000000, botRound);
  const providerOut = await measure(withModel, 5491150000000, async (s, phone) => {
    const before = providerMs;
    const total = await botRound(s, phone);
    return total - (providerMs - before);
  });
  await withModel.close();
  await standIn.close();
  globalThis.fetch = realFetch;
  // One classification request per message; its scripted wait is the stand-in's time.
  const aiOut = { median: raw.median - MODEL_MS, p95: raw.p95 - MODEL_MS };

  console.log(`\nBot reply (${CONVERSATIONS} conversations, PGlite, in process)`);
  console.log(`  agent reply (webhook + agent's POST → Meta): ${fmt(agent)}`);
  console.log(`  bot reply (webhook → queue → bot → Meta):   ${fmt(bot)}`);
  console.log(
    `  ratio bot / agent: median ${(bot.median / agent.median).toFixed(2)}×, p95 ${(bot.p95 / agent.p95).toFixed(2)}× (goal ≤ 1.5×)`,
  );
  console.log(`  bot with chat model, stand-in's ${MODEL_MS} ms taken out: ${fmt(aiOut)}`);
  console.log(`  ratio (model time out) / agent: median ${(aiOut.median / agent.median).toFixed(2)}×`);
  console.log(`  bot with chat model, the provider call's whole time taken out: ${fmt(providerOut)}`);
  console.log(
    `  ratio (provider call out) / agent: median ${(providerOut.median / agent.median).toFixed(2)}×, p95 ${(providerOut.p95 / agent.p95).toFixed(2)}× (goal ≤ 1.5×)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runBotReplyBenchmark();

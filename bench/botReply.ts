// Bot reply benchmark: from a customer's message (a signed WhatsApp webhook) to the bot's reply
// leaving for Meta, median and p95 over N conversations, against the same path for an agent's
// reply (the customer writes in a conversation under way, the agent answers at once, until the
// send leaves for Meta). Goal: bot ≤ 1.5 × agent. The bot's like-for-like case is a text the
// customer types at its menu (not one of the options: the model is asked whether it wants a
// person, and the bot asks again); its first message, which also opens the conversation, beside it.
// Then the same with a chat model classifying each text (the OpenAI stand-in, in a process of its
// own, answering after MODEL_MS), with the provider call's time taken out. All cases run in turn.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { buildWhatsappTextWebhook } from '../server/simulator/buildWebhooks';
import { signBody } from '../server/simulator/signBody';
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
/** Lets the previous exchange's remaining work (its other sends, its jobs) finish unmeasured. */
const SETTLE_MS = 40;

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

const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
/** Called as a round's clock starts: the chat-model runs note the provider's time so far. */
let onClockStart = () => {};
const startClock = () => {
  onClockStart();
  return performance.now();
};

/** Bot on: a new customer writes; until the bot's first message leaves. */
async function botFirstRound(server: Server, phone: string): Promise<number> {
  const leaves = server.nextSendTo(phone);
  const started = startClock();
  await webhook(server, phone, 'hola');
  return (await leaves) - started;
}

/** Bot on, its menu sent: the customer types something else; until the bot's next message leaves. */
async function botNextRound(server: Server, phone: string): Promise<number> {
  const menuSent = server.nextSendTo(phone, 2);
  await webhook(server, phone, 'hola');
  await menuSent;
  await settle();
  const leaves = server.nextSendTo(phone);
  const started = startClock();
  await webhook(server, phone, 'I have a question about my order');
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
  await settle();
  const leaves = server.nextSendTo(phone);
  const started = startClock();
  await webhook(server, phone, 'hola');
  await server.call('POST', `/v1/conversations/${row.id}/messages`, server.token, {
    clientId: randomUUID(),
    text: 'Hi! How can I help?',
  });
  return (await leaves) - started;
}

/** bench/standInProcess.ts as a child process: the provider's own work off the measured process. */
async function startStandInProcess() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/standInProcess.ts'], {
    env: { ...process.env, BENCH_KEY: KEY, BENCH_MODEL_MS: String(MODEL_MS) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [baseUrl] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return {
    baseUrl,
    async close() {
      child.stdin!.end();
      await once(child, 'exit');
    },
  };
}

type Round = (s: Server, phone: string) => Promise<number>;
interface Case {
  server: Server;
  round: Round;
  times: number[];
}

/**
 * Every case one round at a time in turn (each on its own server), so drift on a shared machine
 * (heat, other work, a growing heap) falls on all of them alike; ten warm-up rounds each first.
 */
async function measureInTurn(cases: Case[]) {
  for (let i = -10; i < CONVERSATIONS; i++) {
    for (const [c, entry] of cases.entries()) {
      const time = await entry.round(entry.server, String(5491100000000 + c * 1_000_000 + i + 10));
      if (i >= 0) entry.times.push(time);
      await settle();
    }
  }
}

const figures = (times: number[]) => ({ median: percentile(times, 0.5), p95: percentile(times, 0.95) });
type Figures = ReturnType<typeof figures>;

const fmt = (m: Figures) => `median ${m.median.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms`;

export async function runBotReplyBenchmark(): Promise<void> {
  const standIn = await startStandInProcess();
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
  let providerAtStart = 0;
  onClockStart = () => (providerAtStart = providerMs);
  const providerOut =
    (round: Round): Round =>
    async (server, phone) =>
      (await round(server, phone)) - (providerMs - providerAtStart);

  const agentServer = await startBotBenchServer(null);
  const botServer = await startBotBenchServer(null);
  const aiServer = await startBotBenchServer(ai);
  const bot = { enabled: true, flow: FLOW, handoverKeywords: [] };
  await botServer.call('PUT', '/v1/bot', botServer.token, bot);
  await aiServer.call('PUT', '/v1/bot', aiServer.token, bot);
  await aiServer.call('PATCH', '/v1/settings', aiServer.token, { botAnswersVoiceNotes: true });
  const cases = {
    agent: { server: agentServer, round: agentRound, times: [] },
    botNext: { server: botServer, round: botNextRound, times: [] },
    botFirst: { server: botServer, round: botFirstRound, times: [] },
    aiNext: { server: aiServer, round: providerOut(botNextRound), times: [] },
    aiFirst: { server: aiServer, round: providerOut(botFirstRound), times: [] },
  } satisfies Record<string, Case>;
  await measureInTurn(Object.values(cases));
  for (const server of [agentServer, botServer, aiServer]) await server.close();
  await standIn.close();
  globalThis.fetch = realFetch;
  onClockStart = () => {};

  const agent = figures(cases.agent.times);
  const line = (label: string, times: number[]) => {
    const m = figures(times);
    const ratio = `median ${(m.median / agent.median).toFixed(2)}×, p95 ${(m.p95 / agent.p95).toFixed(2)}×`;
    return `  ${label.padEnd(56)}${fmt(m)}   ${ratio}`;
  };
  console.log(`\nBot reply (${CONVERSATIONS} conversations each, PGlite, in process, in turn; goal ≤ 1.5× the agent)`);
  console.log(`  ${"agent reply (webhook + agent's POST → Meta)".padEnd(56)}${fmt(agent)}`);
  console.log(line('bot, a typed reply at its menu (webhook → bot → Meta)', cases.botNext.times));
  console.log(line('bot, first message (opens the conversation too)', cases.botFirst.times));
  console.log(`  with a chat model classifying each text, its call taken out (stand-in answers after ${MODEL_MS} ms):`);
  console.log(line('bot, a typed reply at its menu', cases.aiNext.times));
  console.log(line('bot, first message', cases.aiFirst.times));
}

if (import.meta.url === `file://${process.argv[1]}`) await runBotReplyBenchmark();

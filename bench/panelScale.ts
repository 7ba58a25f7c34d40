// Scale benchmark: the side panel in real Chromium (built extension, Dexie, React) with 10,000
// conversations and one 5,000-message thread in the local copy. Measures, reloading the panel page
// each run: first inbox paint (navigation start → first conversation rows painted) and thread open
// (click on the big conversation → its newest message on screen); then webhook → panel with that
// copy. The floors are measured in the same run and the same page: the empty inbox's first paint,
// opening a thread of 1 message, and webhook → panel's floor (bench/latency) with a 1-conversation copy.
// Progress goes to stderr; a step that does not answer ends the run with what was measured so far.
// Needs `SIDEDESK_E2E=1 wxt build` first (bench/run.ts does it; SIDEDESK_OUT_DIR picks the folder).
import type { Page } from '@playwright/test';
import { launchExtension, startServer } from '../tests/e2e/harness';
import { signInAdmin } from './signInAdmin';
import { createBenchSteps, type BenchSteps } from './benchSteps';
import { INBOX_PAINT_PROBE, openThreadInPage, paintedAt } from './panelScaleProbe';
import { BIG_ID, FLOOR_ID, clearInPage, myIdInPage, seedInPage } from './panelScaleSeed';
import { measureWebhooks, prepareWebhookCustomer } from './panelScaleWebhook';
import { printScaleReport, type ScaleResults } from './panelScaleReport';

const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 9);
const WEBHOOKS = Number(process.env.BENCH_SCALE_WEBHOOKS ?? 30);
const TIMEOUT_MS = Number(process.env.BENCH_SCALE_TIMEOUT_MS ?? 400_000);
const STEP_MS = 60_000;
const CONVERSATIONS = 10_000;
const MESSAGES = 5_000;

/** Reloads the panel; resolves with when `key` (rows | empty) first painted, after navigation start. */
async function reloadAndPaint(panel: Page, key: 'rows' | 'empty', steps: BenchSteps): Promise<number> {
  await steps.step('reload', panel.reload({ waitUntil: 'commit' }));
  await panel.evaluate('globalThis.__name = (f) => f');
  return steps.step(`${key} paint`, panel.evaluate(paintedAt, key));
}

/** `runs` reloads, each followed by the inbox paint and (optionally) opening one conversation. */
async function measure(
  panel: Page,
  steps: BenchSteps,
  label: string,
  key: 'rows' | 'empty',
  open?: { conversationId: string; messageId: string },
) {
  const paints: number[] = [];
  const opens: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const painted = await reloadAndPaint(panel, key, steps);
    const opened = open ? await steps.step(`open ${open.conversationId}`, panel.evaluate(openThreadInPage, open)) : 0;
    steps.progress(
      `${label} run ${i}${i === 0 ? ' (warm-up)' : ''}: paint ${painted.toFixed(0)} ms, open ${opened.toFixed(0)} ms`,
    );
    if (i === 0) continue; // warm-up: the first load after a write also pays for caches
    paints.push(painted);
    opens.push(opened);
  }
  return { paints, opens };
}

export async function runPanelScaleBenchmark() {
  console.log(
    `\nPanel at scale: ${CONVERSATIONS.toLocaleString('en')} conversations and a ${MESSAGES.toLocaleString('en')}-message thread in the local copy, ${RUNS} reloads each, ${WEBHOOKS} webhooks (Chromium, real extension)`,
  );
  const steps = createBenchSteps('panelScale', TIMEOUT_MS, STEP_MS);
  const results: ScaleResults = {};
  const server = await startServer();
  const browser = await launchExtension();
  try {
    steps.progress('signing in');
    await steps.step('sign-in', signInAdmin(browser, server.url));
    const panel = await browser.context.newPage();
    await panel.addInitScript(INBOX_PAINT_PROBE);
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    // tsx (esbuild keepNames) wraps the functions handed to evaluate() in __name(): define it there.
    await panel.evaluate('globalThis.__name = (f) => f');
    await steps.step('live', panel.locator('[data-testid="sync-pill"][data-status="live"]').waitFor());
    const me = await panel.evaluate(myIdInPage);
    const now = Date.now();
    const plan = { me, bigId: BIG_ID, floorId: FLOOR_ID };

    // Floors, same page: the empty local copy, then a copy of one conversation with one message.
    await panel.evaluate(clearInPage);
    results.empty = await measure(panel, steps, 'empty copy', 'empty');
    const floorNewest = await panel.evaluate(seedInPage, {
      ...plan,
      conversations: 0,
      bigMessages: 0,
      now,
      floorOnly: true,
    });
    results.floor = await measure(panel, steps, 'floor copy', 'rows', {
      conversationId: FLOOR_ID,
      messageId: floorNewest,
    });
    await prepareWebhookCustomer(panel, server.url, steps);
    results.webhookSmall = await measureWebhooks(panel, server.url, WEBHOOKS, steps, 'small copy');

    steps.progress('seeding the large copy');
    const seedStart = Date.now();
    const bigNewest = await steps.step(
      'seed',
      panel.evaluate(seedInPage, {
        ...plan,
        conversations: CONVERSATIONS,
        bigMessages: MESSAGES,
        now: now + 1_000,
        floorOnly: false,
      }),
      180_000,
    );
    results.seedMs = Date.now() - seedStart;
    results.big = await measure(panel, steps, 'large copy', 'rows', { conversationId: BIG_ID, messageId: bigNewest });
    results.webhookBig = await measureWebhooks(panel, server.url, WEBHOOKS, steps, 'large copy');
  } catch (error) {
    console.log(`  INCOMPLETE: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    printScaleReport(results);
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPanelScaleBenchmark();

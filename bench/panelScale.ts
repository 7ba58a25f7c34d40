// Scale benchmark: the side panel in real Chromium (built extension, Dexie, React) with 10,000
// conversations and one 5,000-message thread in the local copy. Measures, reloading the panel page
// each run: first inbox paint (navigation start → first conversation rows painted) and thread open
// (click on the big conversation → its newest message on screen); then webhook → panel with that
// copy. The floors are measured in the same run, interleaved so that the load of a shared machine
// drifts over both alike: the empty inbox's first paint (a second browser with an empty copy, its
// reloads alternating with the large copy's), opening a thread of 1 message in the same large copy
// (turn about with the big one), and webhook → panel's floor (bench/latency: one long-poll plus one
// IndexedDB write, every round), also with the empty copy ('small copy').
// Progress goes to stderr; a step that does not answer ends the run with what was measured so far.
// Needs `SIDEDESK_E2E=1 wxt build` first (bench/run.ts does it; SIDEDESK_OUT_DIR picks the folder).
import type { Page } from '@playwright/test';
import { launchExtension, startServer, type ExtensionBrowser } from '../tests/e2e/harness';
import { signInAdmin } from './signInAdmin';
import { createBenchSteps, type BenchSteps } from './benchSteps';
import { INBOX_PAINT_PROBE, openThreadInPage, paintedAt } from './panelScaleProbe';
import { BIG_ID, FLOOR_ID, FLOOR_MESSAGE_ID, clearInPage, myIdInPage, seedInPage } from './panelScaleSeed';
import { measureWebhooks, prepareWebhookCustomer } from './panelScaleWebhook';
import { printScaleReport, type ScaleResults, type Series } from './panelScaleReport';

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

type Open = { conversationId: string; messageId: string };

/** `runs` reloads (after one more, not counted, unless warmUp is false), each followed by the inbox paint and (optionally) opening one conversation. */
async function measure(
  panel: Page,
  steps: BenchSteps,
  label: string,
  key: 'rows' | 'empty',
  runs: number,
  open?: Open,
  warmUp = true,
) {
  const paints: number[] = [];
  const opens: number[] = [];
  for (let i = warmUp ? 0 : 1; i <= runs; i++) {
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

/** A signed-in side panel page of `browser`, synced live, with the paint probe installed. */
async function openPanel(browser: ExtensionBrowser, serverUrl: string, steps: BenchSteps): Promise<Page> {
  await steps.step('sign-in', signInAdmin(browser, serverUrl));
  const panel = await browser.context.newPage();
  await panel.addInitScript(INBOX_PAINT_PROBE);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  // tsx (esbuild keepNames) wraps the functions handed to evaluate() in __name(): define it there.
  await panel.evaluate('globalThis.__name = (f) => f');
  await steps.step('live', panel.locator('[data-testid="sync-pill"][data-status="live"]').waitFor());
  return panel;
}

const append = (to: Series | undefined, more: Series): Series => ({
  paints: [...(to?.paints ?? []), ...more.paints],
  opens: [...(to?.opens ?? []), ...more.opens],
});

export async function runPanelScaleBenchmark() {
  console.log(
    `\nPanel at scale: ${CONVERSATIONS.toLocaleString('en')} conversations and a ${MESSAGES.toLocaleString('en')}-message thread in the local copy, ${RUNS} reloads each, ${WEBHOOKS} webhooks (Chromium, real extension)`,
  );
  const steps = createBenchSteps('panelScale', TIMEOUT_MS, STEP_MS);
  const results: ScaleResults = {};
  const server = await startServer();
  // Two browsers (profiles), the same agent on the same server: one holds the large copy, the other
  // an empty one, and their reloads alternate.
  const browser = await launchExtension();
  const emptyBrowser = await launchExtension();
  try {
    steps.progress('signing in');
    const panel = await openPanel(browser, server.url, steps);
    const emptyPanel = await openPanel(emptyBrowser, server.url, steps);
    const plan = { me: await panel.evaluate(myIdInPage), bigId: BIG_ID, floorId: FLOOR_ID, now: Date.now() };
    await emptyPanel.evaluate(clearInPage);
    await panel.evaluate(clearInPage);
    // The webhook customer, accepted first: its row must be on New's first screen to be taken.
    await prepareWebhookCustomer(panel, server.url, steps);

    steps.progress('seeding the large copy');
    const seedStart = Date.now();
    const bigNewest = await steps.step(
      'seed',
      panel.evaluate(seedInPage, { ...plan, conversations: CONVERSATIONS, bigMessages: MESSAGES, floorOnly: false }),
      180_000,
    );
    results.seedMs = Date.now() - seedStart;
    const bigOpen = { conversationId: BIG_ID, messageId: bigNewest };
    const floorOpen = { conversationId: FLOOR_ID, messageId: FLOOR_MESSAGE_ID };
    // Warm-up, not counted: the first loads after a large write also pay for compaction.
    for (let i = 0; i < 2; i++) {
      await reloadAndPaint(panel, 'rows', steps);
      await reloadAndPaint(emptyPanel, 'empty', steps);
    }
    // Turn about: the empty inbox, the large copy opening the big thread, then its 1-message thread.
    for (let i = 0; i < RUNS; i++) {
      results.empty = append(
        results.empty,
        await measure(emptyPanel, steps, `empty copy`, 'empty', 1, undefined, false),
      );
      results.big = append(results.big, await measure(panel, steps, `large copy`, 'rows', 1, bigOpen, false));
      const floor = await measure(panel, steps, `large copy, 1-message thread`, 'rows', 1, floorOpen, false);
      results.floor = append(results.floor, floor);
    }
    results.webhookBig = await measureWebhooks(panel, server.url, WEBHOOKS, steps, 'large copy');
    results.webhookSmall = await measureWebhooks(emptyPanel, server.url, WEBHOOKS, steps, 'small copy');
  } catch (error) {
    console.log(`  INCOMPLETE: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    printScaleReport(results);
    await browser.close();
    await emptyBrowser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPanelScaleBenchmark();

// Scale benchmark: the side panel in real Chromium (built extension, Dexie, React) with 10,000
// conversations and one 5,000-message thread in the local copy. Measures, reloading the panel page
// each run: first inbox paint (navigation start → first conversation rows painted) and thread open
// (click on the big conversation → its newest message on screen). The floor is measured in the same
// run and the same page: the empty inbox's first paint, and opening a thread of 1 message.
// Needs `SIDEDESK_E2E=1 wxt build` first (bench/run.ts does it; SIDEDESK_OUT_DIR picks the folder).
import type { Page } from '@playwright/test';
import { launchExtension, startServer } from '../tests/e2e/harness';
import { signInAdmin } from './signInAdmin';
import { INBOX_PAINT_PROBE, openThreadInPage, paintedAt } from './panelScaleProbe';
import { BIG_ID, FLOOR_ID, clearInPage, myIdInPage, seedInPage } from './panelScaleSeed';

const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 9);
const CONVERSATIONS = 10_000;
const MESSAGES = 5_000;
const GOALS = { paint: 200, open: 150 };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Reloads the panel; resolves with when `key` (rows | empty) first painted, after navigation start. */
async function reloadAndPaint(panel: Page, key: 'rows' | 'empty'): Promise<number> {
  await panel.reload({ waitUntil: 'commit' });
  await panel.evaluate('globalThis.__name = (f) => f');
  return panel.evaluate(paintedAt, key);
}

/** `runs` reloads, each followed by the inbox paint and (optionally) opening one conversation. */
async function measure(
  panel: Page,
  runs: number,
  key: 'rows' | 'empty',
  open?: { conversationId: string; messageId: string },
) {
  const paint: number[] = [];
  const thread: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const painted = await reloadAndPaint(panel, key);
    const opened = open ? await panel.evaluate(openThreadInPage, open) : 0;
    if (i === 0) continue; // warm-up: the first load after a write also pays for caches
    paint.push(painted);
    thread.push(opened);
  }
  return { paint: median(paint), open: median(thread), paints: paint, opens: thread };
}

export async function runPanelScaleBenchmark() {
  console.log(
    `\nPanel at scale: ${CONVERSATIONS.toLocaleString('en')} conversations and a ${MESSAGES.toLocaleString('en')}-message thread in the local copy, ${RUNS} reloads each (Chromium, real extension)`,
  );
  const server = await startServer();
  const browser = await launchExtension();
  try {
    await signInAdmin(browser, server.url);

    const panel = await browser.context.newPage();
    await panel.addInitScript(INBOX_PAINT_PROBE);
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    // tsx (esbuild keepNames) wraps the functions handed to evaluate() in __name(): define it there.
    await panel.evaluate('globalThis.__name = (f) => f');
    await panel.locator('[data-testid="sync-pill"][data-status="live"]').waitFor();
    const me = await panel.evaluate(myIdInPage);
    const now = Date.now();

    // Floor, same page: the empty local copy, then a copy of one conversation with one message.
    await panel.evaluate(clearInPage);
    const empty = await measure(panel, RUNS, 'empty');
    const floorNewest = await panel.evaluate(seedInPage, {
      conversations: 0,
      bigMessages: 0,
      me,
      now,
      floorOnly: true,
      bigId: BIG_ID,
      floorId: FLOOR_ID,
    });
    const floor = await measure(panel, RUNS, 'rows', { conversationId: FLOOR_ID, messageId: floorNewest });

    const seedStart = Date.now();
    const bigNewest = await panel.evaluate(seedInPage, {
      conversations: CONVERSATIONS,
      bigMessages: MESSAGES,
      me,
      now: now + 1_000,
      floorOnly: false,
      bigId: BIG_ID,
      floorId: FLOOR_ID,
    });
    console.log(`  seeded in ${ms(Date.now() - seedStart)}`);
    const big = await measure(panel, RUNS, 'rows', { conversationId: BIG_ID, messageId: bigNewest });

    const line = (name: string, value: number, floorValue: number, goal: number) =>
      console.log(
        `  ${name.padEnd(20)} median ${ms(value).padStart(7)}   floor ${ms(floorValue).padStart(7)}   ×floor ${(value / Math.max(1, floorValue)).toFixed(2)}   ` +
          `goal ≤ ${goal} ms: ${(value / goal).toFixed(2)}× of goal (${value <= goal ? 'met' : 'not met'})`,
      );
    line('first inbox paint', big.paint, empty.paint, GOALS.paint);
    line('thread open', big.open, floor.open, GOALS.open);
    console.log(
      `  runs: paint [${big.paints.map((v) => v.toFixed(0)).join(', ')}]  open [${big.opens.map((v) => v.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `  floor: empty inbox paint ${ms(empty.paint)}, 1-conversation inbox paint ${ms(floor.paint)}, 1-message thread open ${ms(floor.open)}`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPanelScaleBenchmark();

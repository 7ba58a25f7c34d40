// Latency benchmark: a signed webhook accepted by the server → the message visible in a real side
// panel (Chromium, the built extension, Dexie, React). The floor is measured in the same run and the
// same panel page: one long-poll round trip to /v1/sync plus one IndexedDB write, nothing else.
// Needs `SIDEDESK_E2E=1 wxt build` first (bench/run.ts does it).
import type { Page } from '@playwright/test';
import { DEMO_APP_SECRET } from '../server/parseConfig';
import { buildWhatsappTextWebhook } from '../server/simulator/buildWebhooks';
import { signBody } from '../server/simulator/signBody';
import { launchExtension, startServer } from '../tests/e2e/harness';
import { signInAdmin } from './signInAdmin';

/** The slice of the extension API these page functions use (the page is the side panel). */
type ChromeGlobal = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const CUSTOMER = { name: 'Latency Bench', phone: '5491100009999' };

/** Posts a signed webhook; resolves with the time it was sent, once the server accepted it. */
export async function postWebhook(serverUrl: string, text: string): Promise<number> {
  const { body, signature } = signBody(
    buildWhatsappTextWebhook({ phoneNumberId: '100000000000001', customer: CUSTOMER, text }),
    DEMO_APP_SECRET,
  );
  // Measured from the send: the server answers the long-poll as soon as it commits, which can be
  // before this request's own 200 arrives back here.
  const sentAt = Date.now();
  const response = await fetch(`${serverUrl}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
  if (response.status !== 200) throw new Error(`webhook refused: ${response.status} ${await response.text()}`);
  return sentAt;
}

/** Resolves (in the page) with Date.now() when `text` shows in the conversation list. */
export function whenVisible(panel: Page, text: string): Promise<number> {
  return panel.evaluate(
    (needle) =>
      new Promise<number>((done) => {
        const seen = () => document.body.innerText.includes(needle);
        if (seen()) return done(Date.now());
        const observer = new MutationObserver(() => {
          if (seen()) {
            observer.disconnect();
            done(Date.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    text,
  );
}

/** The floor: from the panel page, one long-poll that wakes on the change, then one IndexedDB put. */
export function floorRound(panel: Page, serverUrl: string, since: number): Promise<{ at: number; cursor: number }> {
  return panel.evaluate(
    async ({ serverUrl, since }) => {
      const stored = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('sidedesk.session');
      const token = (stored['sidedesk.session'] as { token: string }).token;
      const response = await fetch(`${serverUrl}/v1/sync?since=${since}&wait=20`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const batch = (await response.json()) as { cursor: number; changes: unknown[] };
      const cache = globalThis as { floorDb?: IDBDatabase };
      // Opened once, like Dexie's connection: the floor is the write, not the open.
      const db = (cache.floorDb ??= await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open('sidedesk-bench-floor', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('batches');
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      }));
      await new Promise<void>((done, fail) => {
        const tx = db.transaction('batches', 'readwrite');
        tx.objectStore('batches').put(batch, batch.cursor);
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      return { at: Date.now(), cursor: batch.cursor };
    },
    { serverUrl, since },
  );
}

/** The feed's head as this viewer sees it, reading on from `since` without waiting. */
export async function currentCursor(panel: Page, serverUrl: string, since: number): Promise<number> {
  return panel.evaluate(
    async ({ serverUrl, since }) => {
      const stored = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('sidedesk.session');
      const token = (stored['sidedesk.session'] as { token: string }).token;
      let batch = { cursor: since, hasMore: true };
      while (batch.hasMore) {
        batch = await (
          await fetch(`${serverUrl}/v1/sync?since=${batch.cursor}&limit=1000`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).json();
      }
      return batch.cursor;
    },
    { serverUrl, since },
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function runLatencyBenchmark() {
  console.log(
    `\nLatency: signed webhook sent (and accepted) → visible in the side panel, ${ROUNDS} messages (PGlite, Chromium, real extension)`,
  );
  const server = await startServer();
  const browser = await launchExtension();
  try {
    await signInAdmin(browser, server.url);

    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    // tsx (esbuild keepNames) wraps the functions handed to evaluate() in __name(): define it there.
    await panel.evaluate('globalThis.__name = (f) => f');
    await panel.locator('[data-testid="sync-pill"][data-status="live"]').waitFor();
    await postWebhook(server.url, 'warm-up');
    await panel.getByTestId('conversation-item').filter({ hasText: 'warm-up' }).waitFor();

    const ours: number[] = [];
    const floor: number[] = [];
    let cursor = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const marker = `latency-${i}-${Math.random().toString(36).slice(2, 8)}`;
      const visible = whenVisible(panel, marker);
      const accepted = await postWebhook(server.url, marker);
      ours.push((await visible) - accepted);

      cursor = await currentCursor(panel, server.url, cursor);
      const round = floorRound(panel, server.url, cursor);
      await new Promise((r) => setTimeout(r, 30)); // let the long-poll reach the server and wait
      const acceptedFloor = await postWebhook(server.url, `${marker}-floor`);
      const result = await round;
      cursor = result.cursor;
      floor.push(result.at - acceptedFloor);
      await whenVisible(panel, `${marker}-floor`); // keep the panel in step before the next round
    }
    ours.sort((a, b) => a - b);
    floor.sort((a, b) => a - b);
    const [m, p95, fm, fp95] = [
      percentile(ours, 50),
      percentile(ours, 95),
      percentile(floor, 50),
      percentile(floor, 95),
    ];
    console.log(`  side panel   median ${m} ms   p95 ${p95} ms`);
    console.log(`  floor        median ${fm} ms   p95 ${fp95} ms   (long-poll round trip + one IndexedDB write)`);
    console.log(
      `  median / floor: ${(m / Math.max(1, fm)).toFixed(2)}×   p95 / floor p95: ${(p95 / Math.max(1, fp95)).toFixed(2)}×   (goal: median ≤ 2× floor: ${m <= 2 * Math.max(1, fm) ? 'met' : 'not met'})`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLatencyBenchmark();

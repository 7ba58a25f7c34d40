// Webhook → panel for bench/panelScale.ts, with whatever local copy the panel holds: a signed
// webhook from one customer whose conversation the signed-in agent has accepted, so it rises to the
// top of Active (most recent first) on every message, against bench/latency's floor (one long-poll
// round trip plus one IndexedDB write) measured alternately in the same page.
import type { Page } from '@playwright/test';
import { currentCursor, floorRound, postWebhook, whenVisible } from './latency';
import type { BenchSteps } from './benchSteps';

type ChromeGlobal = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };

/** In the page: accepts the conversation whose preview shows `text`; resolves with its id. */
function acceptInPage({ serverUrl, text }: { serverUrl: string; text: string }): Promise<string> {
  return (async () => {
    const stored = await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('sidedesk.session');
    const token = (stored['sidedesk.session'] as { token: string }).token;
    const row = [...document.querySelectorAll<HTMLElement>('[data-testid="conversation-item"]')].find((el) =>
      el.innerText.includes(text),
    );
    const id = row?.dataset.conversationId;
    if (!id) throw new Error(`no row shows ${text}`);
    const response = await fetch(`${serverUrl}/v1/conversations/${id}/accept`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`accept refused: ${response.status}`);
    return id;
  })();
}

/** Back to the inbox (the paint runs leave a thread open), synced live. */
async function freshInbox(panel: Page, steps: BenchSteps): Promise<void> {
  await steps.step('reload', panel.reload());
  await panel.evaluate('globalThis.__name = (f) => f');
  await steps.step('live', panel.locator('[data-testid="sync-pill"][data-status="live"]').waitFor());
}

/** Once per run: the bench customer writes, the agent accepts; the row then lives in Active. */
export async function prepareWebhookCustomer(panel: Page, serverUrl: string, steps: BenchSteps): Promise<void> {
  await freshInbox(panel, steps);
  await postWebhook(serverUrl, 'scale-warm-up');
  await steps.step(
    'warm-up row',
    panel.getByTestId('conversation-item').filter({ hasText: 'scale-warm-up' }).waitFor(),
  );
  await steps.step('accept', panel.evaluate(acceptInPage, { serverUrl, text: 'scale-warm-up' }));
}

/** `rounds` webhooks, each followed by one floor round; ms from send to on screen, both. */
export async function measureWebhooks(
  panel: Page,
  serverUrl: string,
  rounds: number,
  steps: BenchSteps,
  label: string,
): Promise<{ ours: number[]; floor: number[] }> {
  await freshInbox(panel, steps);
  await steps.step('active tab', panel.getByTestId('inbox-tab-active').click());
  const ours: number[] = [];
  const floor: number[] = [];
  let cursor = await currentCursor(panel, serverUrl, 0);
  for (let i = 0; i < rounds; i++) {
    const marker = `scale-${label}-${i}-${Math.random().toString(36).slice(2, 8)}`;
    const visible = whenVisible(panel, marker);
    const sent = await postWebhook(serverUrl, marker);
    ours.push((await steps.step(`webhook ${label} ${i}`, visible)) - sent);

    cursor = await currentCursor(panel, serverUrl, cursor);
    const round = floorRound(panel, serverUrl, cursor);
    await new Promise((r) => setTimeout(r, 30)); // let the long-poll reach the server and wait
    const sentFloor = await postWebhook(serverUrl, `${marker}-floor`);
    const result = await steps.step(`floor ${label} ${i}`, round);
    cursor = result.cursor;
    floor.push(result.at - sentFloor);
    await steps.step(`floor row ${label} ${i}`, whenVisible(panel, `${marker}-floor`));
  }
  steps.progress(`webhook → panel (${label}): [${ours.join(', ')}]  floor [${floor.join(', ')}]`);
  return { ours, floor };
}

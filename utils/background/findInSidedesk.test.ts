// "Find in Sidedesk" leaves the selection for the panel, which may be opening on the same click;
// a request the panel never took goes stale instead of surprising the agent later.
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { freshDb } from '@/utils/testing/fakes';
import { FIND_REQUEST_TTL_MS, takeFindRequest } from '@/utils/pageContext/findRequest';
import { createFindHandler } from './findInSidedesk';

let now = 1_000_000;
beforeEach(() => fakeBrowser.reset());

it('the menu entry hands the selected text to the panel, once', async () => {
  const find = createFindHandler({ db: freshDb(), browser, now: () => now });
  await find('+57 300 123 4567', { id: 1, windowId: 1 } as Parameters<typeof find>[1]);
  expect(await takeFindRequest(now)).toEqual({ text: '+57 300 123 4567', at: now });
  expect(await takeFindRequest(now)).toBeNull();
});

it('a request the panel did not take in time is dropped', async () => {
  const find = createFindHandler({ db: freshDb(), browser, now: () => now });
  await find('ana@example.com', undefined);
  now += FIND_REQUEST_TTL_MS + 1;
  expect(await takeFindRequest(now)).toBeNull();
});

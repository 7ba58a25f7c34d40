// The background's half of page context: the page is read only inside the handler, the server gets
// the normalised values alone (never the page's text), the workspace's country decides national
// numbers, and the admin's switch stops everything before the page or the server is asked.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createApiClient } from '@/utils/api';
import type { SidedeskDb } from '@/utils/db';
import { fakeSettings } from '@/core/testing/fakes';
import type { PageSnapshot } from '@/utils/pageContext/normalize';
import { fakeFetch, freshDb, json, type Recorded } from '@/utils/testing/fakes';
import { createPageContextHandlers } from './pageContextHandlers';
import { messenger } from './protocol';

const CRM_RECORD: PageSnapshot = {
  texts: ['Pedro Ruiz', 'Mobile', '(310) 555-0000', 'Email', 'Pedro.Ruiz@Example.com', 'Account #4512'],
  hrefs: ['https://wa.me/573001234567'],
};

describe('page context handlers', () => {
  let db: SidedeskDb;
  let calls: Recorded[];
  let reads: number;
  let page: PageSnapshot;
  let handlers: ReturnType<typeof createPageContextHandlers>;

  beforeEach(async () => {
    fakeBrowser.reset();
    messenger.removeAllListeners();
    db = freshDb();
    reads = 0;
    const fake = fakeFetch(() => json(200, { matches: [] }));
    calls = fake.calls;
    const api = createApiClient({ baseUrl: 'http://localhost:8787', token: 'tok', fetch: fake.fetch });
    page = CRM_RECORD;
    handlers = createPageContextHandlers({
      db,
      requireApi: async () => api,
      tabs: browser.tabs,
      uuid: () => 'u-1',
      // The content script's side, answering as the page would.
      readTab: async () => (reads++, page),
    });
    await browser.tabs.create({ url: 'https://crm.example/contacts/42', active: true });
  });

  it('"This page" sends the server only the normalised numbers and emails, with the workspace country', async () => {
    await db.settings.put(fakeSettings({ defaultCountry: 'CO' }));
    const result = await handlers.matchThisPage(undefined);
    expect(reads).toBe(1);
    expect(result).toEqual({
      ok: true,
      values: { phones: ['573105550000', '573001234567'], emails: ['pedro.ruiz@example.com'] },
      matches: [],
    });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(['POST /v1/contacts/match']);
    expect(calls[0].body).toEqual({ phones: ['573105550000', '573001234567'], emails: ['pedro.ruiz@example.com'] });
    expect(JSON.stringify(calls[0].body)).not.toContain('Pedro Ruiz');
  });

  it('without a default country, a national number is not a phone number', async () => {
    await db.settings.put(fakeSettings({ defaultCountry: null }));
    const result = await handlers.matchThisPage(undefined);
    expect(result.ok && result.values.phones).toEqual(['573001234567']);
  });

  it('a page with no numbers or emails asks the server nothing', async () => {
    page = { texts: ['Order #4512', 'ZIP 110111'], hrefs: [] };
    expect(await handlers.matchThisPage(undefined)).toMatchObject({ ok: true, matches: [] });
    expect(calls).toHaveLength(0);
  });

  it('a selection that is not a phone number or email asks the server nothing', async () => {
    expect(await handlers.matchSelection({ text: 'Account #4512' })).toEqual({
      selected: { kind: 'none' },
      matches: [],
    });
    expect(calls).toHaveLength(0);
    await handlers.matchSelection({ text: ' +57 300 123 4567 ' });
    expect(calls[0].body).toEqual({ phones: ['573001234567'], emails: [] });
  });

  it('a tab without a content script is unreachable, not an error', async () => {
    const unreachable = createPageContextHandlers({
      db,
      requireApi: async () => {
        throw new Error('not asked');
      },
      tabs: browser.tabs,
      uuid: () => 'u-1',
    });
    // The real messenger: no content script answers in the fake browser.
    expect(await unreachable.matchThisPage(undefined)).toEqual({ ok: false, reason: 'unreachable' });
  });

  it('with page context off, neither the page nor the server is asked', async () => {
    await db.settings.put(fakeSettings({ pageContext: false }));
    await expect(handlers.matchThisPage(undefined)).rejects.toMatchObject({ code: 'feature_off' });
    await expect(handlers.matchSelection({ text: '+57 300 123 4567' })).rejects.toMatchObject({ code: 'feature_off' });
    expect(reads).toBe(0);
    expect(calls).toHaveLength(0);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createApiClient } from '@/utils/api';
import { createAuth } from '@/utils/background/auth';
import { readSyncState, type SidedeskDb } from '@/utils/db';
import { createSessionStore } from '@/utils/session/sessionStore';
import { fakeAgent, fakeConversation, NOW } from '@/core/testing/fakes';
import { fakeFetch, freshDb, json, type Recorded } from '@/utils/testing/fakes';
import { createHandlers, registerHandlers } from './handlers';
import { messenger, sendMessage } from './protocol';

const SERVER = 'http://localhost:8787';

describe('background message handlers', () => {
  let db: SidedeskDb;
  let controller: AbortController;
  let events: string[];
  let calls: Recorded[];
  let route: (req: Recorded) => Response;

  beforeEach(() => {
    fakeBrowser.reset();
    messenger.removeAllListeners();
    controller?.abort();
    controller = new AbortController();
    db = freshDb();
    events = [];
    route = () => json(404, { error: { code: 'not_found', message: 'no route' } });
    const fake = fakeFetch((req) => route(req));
    calls = fake.calls;
    const session = createSessionStore(browser.storage.local);
    const getApi = async () => {
      const s = await session.get();
      return s ? createApiClient({ baseUrl: s.serverUrl, token: s.token, fetch: fake.fetch }) : null;
    };
    const handlers = createHandlers({
      db,
      auth: createAuth({ db, session, fetch: fake.fetch }),
      sync: {
        restart: () => events.push('sync.restart'),
        stop: () => events.push('sync.stop'),
        pullNow: async () => void events.push('sync.pullNow'),
        nudge: () => undefined,
        panelConnected: () => undefined,
        panelDisconnected: () => undefined,
        viewConnected: () => undefined,
        viewDisconnected: () => undefined,
        longPolling: false,
        panelCount: 0,
      },
      outbox: { kick: async () => void events.push('outbox.kick') },
      getApi,
      getAi: async () => null,
      refreshBadge: async () => events.push('badge'),
      tabs: browser.tabs,
      now: () => NOW,
      uuid: () => 'c0ffee00-0000-4000-8000-000000000001',
    });
    registerHandlers(handlers, controller.signal);
  });

  async function signIn() {
    route = (req) =>
      req.url.pathname === '/v1/auth/login' ? json(200, { token: 'secret-token', agent: fakeAgent() }) : json(200, {});
    return sendMessage('signIn', { serverUrl: `${SERVER}/`, email: 'ana@sidedesk.demo', password: 'sidedesk' });
  }

  it('signIn keeps the session, mirrors the agent and starts syncing', async () => {
    const agent = await signIn();
    expect(agent.name).toBe('Ana');
    expect(calls[0].body).toEqual({ email: 'ana@sidedesk.demo', password: 'sidedesk' });
    const stored = await browser.storage.local.get('sidedesk.session');
    expect(stored['sidedesk.session']).toMatchObject({ serverUrl: SERVER, token: 'secret-token' });
    expect(await db.session.get('me')).toMatchObject({ agent: { id: 'ag_ana' }, serverUrl: SERVER });
    expect((await readSyncState(db)).status).toBe('connecting');
    expect(events).toContain('sync.restart');
  });

  it('a wrong password reaches the caller as a typed error with the server message', async () => {
    route = () => json(401, { error: { code: 'unauthorized', message: 'Wrong email or password' } });
    const err = await sendMessage('signIn', { serverUrl: SERVER, email: 'ana@sidedesk.demo', password: 'x' }).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ code: 'unauthorized', status: 401, message: 'Wrong email or password' });
  });

  it('sendReply shows the reply locally at once and kicks the outbox', async () => {
    await signIn();
    const { clientId } = await sendMessage('sendReply', { conversationId: 'cv_1', text: 'Hi!' });
    expect(await db.messages.get(`local:${clientId}`)).toMatchObject({
      status: 'sending',
      text: 'Hi!',
      agentId: 'ag_ana',
    });
    expect(events).toContain('outbox.kick');
  });

  it('acceptConversation stores the taken conversation; a conflict keeps its code', async () => {
    await signIn();
    route = () => json(200, { conversation: fakeConversation({ assigneeId: 'ag_ana' }) });
    await sendMessage('acceptConversation', { conversationId: 'cv_1' });
    expect((await db.conversations.get('cv_1'))?.assigneeId).toBe('ag_ana');

    route = () => json(409, { error: { code: 'conflict', message: 'Bruno already took this conversation' } });
    await expect(sendMessage('acceptConversation', { conversationId: 'cv_1' })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('signOut revokes the token and clears the token and the local copy', async () => {
    await signIn();
    await db.conversations.put(fakeConversation());
    await sendMessage('signOut');
    expect(calls.at(-1)).toMatchObject({ method: 'POST' });
    expect(calls.at(-1)!.url.pathname).toBe('/v1/auth/logout');
    expect(await browser.storage.local.get('sidedesk.session')).toEqual({});
    expect(await db.conversations.count()).toBe(0);
    expect((await readSyncState(db)).status).toBe('signed_out');
  });

  it('signOut still works locally when the server is unreachable', async () => {
    await signIn();
    route = () => {
      throw new TypeError('Failed to fetch');
    };
    await sendMessage('signOut');
    expect(await browser.storage.local.get('sidedesk.session')).toEqual({});
  });

  it('insertIntoPage says so when there is no web page to write into', async () => {
    await browser.tabs.create({ url: 'chrome-extension://id/sidepanel.html', active: true });
    expect(await sendMessage('insertIntoPage', { text: 'x' })).toEqual({ ok: false, reason: 'no_tab' });
  });

  it('insertIntoPage reports an unreachable page when no content script answers', async () => {
    await browser.tabs.create({ url: 'https://crm.example/ticket/1', active: true });
    expect(await sendMessage('insertIntoPage', { text: 'x' })).toEqual({ ok: false, reason: 'unreachable' });
  });
});

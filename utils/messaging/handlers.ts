// The one table of background handlers for the protocol in ./protocol.ts.
import type { ApiClient } from '@/utils/api';
import type { AiClient } from '@/utils/api/aiClient';
import type { SidedeskDb } from '@/utils/db';
import { enqueueReply, enqueueTemplate, retryMessage } from '@/utils/outbox';
import { createEditQueue } from '@/utils/outbox/editQueue';
import type { Auth } from '@/utils/background/auth';
import type { SyncController } from '@/utils/background/syncController';
import { findTargetTab } from '@/utils/background/targetTab';
import type { Browser } from '@/utils/background/types';
import { bytesToBase64 } from '@/utils/media/base64';
import { createAdminHandlers } from './adminHandlers';
import { createAiHandlers } from './aiHandlers';
import { createBotHandlers } from './botHandlers';
import { createCustomerInfoHandlers } from './customerInfoHandlers';
import type { Handlers } from './handlerTypes';
import { createLifecycleHandlers } from './lifecycleHandlers';
import { createPageContextHandlers } from './pageContextHandlers';
import { createSessionsHandlers } from './sessionsHandlers';
import { messenger, onMessage, type BackgroundMessage, type InsertResult } from './protocol';

export type { Handlers } from './handlerTypes';

export interface HandlerDeps {
  db: SidedeskDb;
  auth: Auth;
  sync: SyncController;
  outbox: { kick: () => Promise<void> };
  getApi: () => Promise<ApiClient | null>;
  getAi: () => Promise<AiClient | null>;
  refreshBadge: () => Promise<unknown>;
  tabs: Browser['tabs'];
  now: () => number;
  uuid: () => string;
}

export class NotSignedInError extends Error {
  readonly code = 'unauthorized';
  constructor() {
    super('Not signed in');
    this.name = 'NotSignedInError';
  }
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db } = deps;
  const requireApi = async () => {
    const api = await deps.getApi();
    if (!api) throw new NotSignedInError();
    return api;
  };
  const requireAi = async () => {
    const ai = await deps.getAi();
    if (!ai) throw new NotSignedInError();
    return ai;
  };

  const edits = createEditQueue({ db, now: deps.now, uuid: deps.uuid, kick: () => deps.outbox.kick() });

  return {
    ...createCustomerInfoHandlers({ db, requireApi, edits }),
    ...createLifecycleHandlers({ db, requireApi, refreshBadge: deps.refreshBadge, edits }),
    ...createAdminHandlers({ requireApi, pullNow: () => deps.sync.pullNow() }),
    ...createAiHandlers({ db, requireAi }),
    ...createPageContextHandlers({ db, requireApi, tabs: deps.tabs, uuid: deps.uuid }),
    ...createSessionsHandlers({ requireApi }),
    ...createBotHandlers({ requireApi, pullNow: () => deps.sync.pullNow() }),
    async signIn(req) {
      const agent = await deps.auth.signIn(req);
      deps.sync.restart();
      void deps.outbox.kick();
      return agent;
    },
    async signOut() {
      deps.sync.stop();
      await deps.auth.signOut();
      await deps.refreshBadge();
    },
    async sendReply({ conversationId, text }) {
      const me = await db.session.get('me');
      if (!me) throw new NotSignedInError();
      const clientId = await enqueueReply(db, { conversationId, text, agentId: me.agent.id }, deps);
      void deps.outbox.kick();
      return { clientId };
    },
    async sendTemplate({ conversationId, templateId, params }) {
      const me = await db.session.get('me');
      if (!me) throw new NotSignedInError();
      const template = await db.templates.get(templateId);
      if (!template) throw new Error('This template no longer exists.');
      const clientId = await enqueueTemplate(db, { conversationId, template, params, agentId: me.agent.id }, deps);
      void deps.outbox.kick();
      return { clientId };
    },
    async acceptConversation({ conversationId }) {
      const { conversation } = await (await requireApi()).accept(conversationId);
      // Show the result now rather than after the next sync round.
      await db.conversations.put(conversation);
      await deps.refreshBadge();
    },
    async retryMessage({ messageId }) {
      await retryMessage(db, await requireApi(), messageId, deps.now());
      void deps.outbox.kick();
    },
    async markRead({ conversationId }) {
      await db.conversations.update(conversationId, { unreadCount: 0 });
      await (await requireApi()).markRead(conversationId);
    },
    async insertIntoPage({ text }): Promise<InsertResult> {
      const tab = await findTargetTab(deps.tabs);
      if (!tab?.id) return { ok: false, reason: 'no_tab' };
      try {
        return await messenger.sendMessage('insertText', { text }, { tabId: tab.id, frameId: 0 });
      } catch {
        // No content script there (a page opened before the extension was installed, a store page).
        return { ok: false, reason: 'unreachable' };
      }
    },
    async fetchMedia({ mediaId }) {
      const blob = await (await requireApi()).media(mediaId);
      return { type: blob.type, base64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
    },
    async retryMedia({ mediaId }) {
      await (await requireApi()).retryMedia(mediaId);
    },
    async syncNow() {
      await deps.sync.pullNow();
      void deps.outbox.kick();
    },
  };
}

/** Registers every handler; the signal removes them (tests re-register per case). */
export function registerHandlers(handlers: Handlers, signal: AbortSignal): void {
  const removers = (Object.keys(handlers) as BackgroundMessage[]).map((type) =>
    onMessage(type, (message) => (handlers[type] as (data: unknown) => Promise<unknown>)(message.data) as never),
  );
  signal.addEventListener('abort', () => removers.forEach((remove) => remove()), { once: true });
}

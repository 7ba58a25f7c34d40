// Background handlers for ./botProtocol.ts: the call goes out with the worker's session.
import type { BotMessage } from './botProtocol';
import type { Handlers, RequireApi } from './handlerTypes';

export interface BotDeps {
  requireApi: RequireApi;
  pullNow: () => Promise<void>;
}

export function createBotHandlers({ requireApi, pullNow }: BotDeps): Pick<Handlers, BotMessage> {
  return {
    getBot: async () => (await requireApi()).bot(),
    saveBot: async (body) => (await requireApi()).saveBot(body),
    getAutomations: async () => (await requireApi()).automations(),
    saveAutomations: async (body) => (await requireApi()).saveAutomations(body),
    async setAvailability({ available }) {
      await (await requireApi()).setAvailability(available);
      // The switch reads the agent's row in the copy; a failed catch-up only delays it a round.
      await pullNow().catch(() => undefined);
    },
  };
}

// Background handlers for ./sessionsProtocol.ts.
import type { Handlers, RequireApi } from './handlerTypes';
import type { SessionsMessage } from './sessionsProtocol';

export function createSessionsHandlers({ requireApi }: { requireApi: RequireApi }): Pick<Handlers, SessionsMessage> {
  return {
    listSessions: async () => (await (await requireApi()).sessions()).sessions,
    endSession: async ({ sessionId }) => void (await (await requireApi()).endSession(sessionId)),
    endAgentSessions: async ({ agentId }) => (await requireApi()).endAgentSessions(agentId),
  };
}

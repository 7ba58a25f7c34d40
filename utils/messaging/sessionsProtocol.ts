// The options page's session requests, part of the one protocol (./protocol.ts): the background
// calls with the session it holds; the page never sees the token.
import type { Session } from '@/core/api/sessions';

export interface SessionsProtocolMap {
  /** The signed-in agent's sessions, the current one marked. */
  listSessions(): Session[];
  /** Ends another of the agent's sessions (the server refuses the current one: sign out instead). */
  endSession(data: { sessionId: string }): void;
  /** Admin only (the server checks): signs an agent out everywhere; answers how many ended. */
  endAgentSessions(data: { agentId: string }): { ended: number };
}

export type SessionsMessage = keyof SessionsProtocolMap;

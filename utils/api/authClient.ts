// Sign-in, sign-out, who the token belongs to, and the agent's sessions.
import { z } from 'zod';
import { LoginResponse, MeResponse } from '@/core/api/auth';
import { EndedSessionsResponse, SessionsResponse } from '@/core/api/sessions';
import type { Requester } from './request';

export function createAuthClient(request: Requester) {
  return {
    login: (email: string, password: string, signal?: AbortSignal) =>
      request.json(LoginResponse, '/v1/auth/login', { method: 'POST', body: { email, password }, signal }),
    logout: () => request.json(z.unknown(), '/v1/auth/logout', { method: 'POST', body: {} }),
    me: () => request.json(MeResponse, '/v1/me'),
    sessions: () => request.json(SessionsResponse, '/v1/auth/sessions'),
    endSession: (sessionId: string) =>
      request.json(z.unknown(), `/v1/auth/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' }),
    /** Admin only: signs the agent out everywhere. */
    endAgentSessions: (agentId: string) =>
      request.json(EndedSessionsResponse, `/v1/agents/${encodeURIComponent(agentId)}/sessions`, { method: 'DELETE' }),
  };
}

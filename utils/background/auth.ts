import type { Agent } from '@/core/model';
import { createApiClient } from '@/utils/api';
import { clearAgentData, patchSyncState, readSyncState, type SidedeskDb } from '@/utils/db';
import type { SignInRequest } from '@/utils/messaging/protocol';
import { normalizeServerUrl, type SessionStore } from '@/utils/session/sessionStore';

const LOGOUT_TIMEOUT_MS = 3_000;

export interface AuthDeps {
  db: SidedeskDb;
  session: SessionStore;
  fetch: typeof fetch;
}

export function createAuth(deps: AuthDeps) {
  const { db, session } = deps;

  /** Forget the token and the agent's copy; the status (and the error's code) stay for the UI to explain why. */
  async function forget(lastError: string | null, lastErrorCode: string | null = null): Promise<void> {
    await session.clear();
    await clearAgentData(db);
    await patchSyncState(db, { status: 'signed_out', lastError, lastErrorCode });
  }

  return {
    async signIn(req: SignInRequest): Promise<Agent> {
      const serverUrl = normalizeServerUrl(req.serverUrl);
      const api = createApiClient({ baseUrl: serverUrl, fetch: deps.fetch });
      const { token, agent } = await api.login(req.email.trim(), req.password);
      const previous = await session.get();
      const sameCopy = previous?.serverUrl === serverUrl && previous.agent.id === agent.id;
      // Another agent or server: never show one agent's copy to another.
      if (!sameCopy) await clearAgentData(db);
      await session.set({ serverUrl, token, agent });
      await db.session.put({ id: 'me', agent, serverUrl });
      const { cursor } = await readSyncState(db);
      await patchSyncState(db, { status: 'connecting', lastError: null, failures: 0, cursor: sameCopy ? cursor : 0 });
      return agent;
    },

    /** Revokes the token on the server if it answers quickly; signs out locally regardless. */
    async signOut(): Promise<void> {
      const current = await session.get();
      if (current) {
        const api = createApiClient({ baseUrl: current.serverUrl, token: current.token, fetch: deps.fetch });
        const timeout = new Promise((resolve) => setTimeout(resolve, LOGOUT_TIMEOUT_MS));
        await Promise.race([api.logout().catch(() => undefined), timeout]);
      }
      await forget(null);
    },

    /** The server refused the token (401 during sync): its code (ended, or expired) survives the clearing. */
    onTokenRejected: async () => {
      const { lastErrorCode } = await readSyncState(db);
      await forget('Your session ended. Sign in again.', lastErrorCode ?? 'unauthorized');
    },
  };
}

export type Auth = ReturnType<typeof createAuth>;

import type { Agent } from '@/core/model';
import { t } from '@/utils/i18n';
import { errorWords } from '@/utils/i18n/errorWords';
import type { SignInRequest } from '@/utils/messaging/protocol';
import { normalizeServerUrl, originPattern } from './sessionStore';

export interface SignInFlowDeps {
  /** browser.permissions.request — must be the first await after the click (user gesture). */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  signIn: (req: SignInRequest) => Promise<Agent>;
}

export type SignInOutcome = { ok: true; agent: Agent } | { ok: false; error: string };

/**
 * The options page's sign-in: ask for the host permission of exactly this server, then log in
 * through the background. Every failure becomes one sentence the agent can act on.
 */
export async function runSignInFlow(deps: SignInFlowDeps, req: SignInRequest): Promise<SignInOutcome> {
  let serverUrl: string;
  try {
    serverUrl = normalizeServerUrl(req.serverUrl);
  } catch {
    return { ok: false, error: t.options.errors.badUrl };
  }
  let granted = false;
  try {
    granted = await deps.requestOrigins([originPattern(serverUrl)]);
  } catch {
    granted = false;
  }
  if (!granted) return { ok: false, error: t.options.errors.permissionRefused };
  try {
    return { ok: true, agent: await deps.signIn({ ...req, serverUrl }) };
  } catch (err) {
    const e = err as { code?: string; status?: number; message?: string };
    // Throttled: the wait is short (under a minute), and the right password works once it is over.
    if (e.code === 'too_many_attempts') return { ok: false, error: errorWords(e.code) };
    if (e.code === 'unauthorized' || e.status === 401) return { ok: false, error: t.options.errors.wrongPassword };
    if (e.code === 'offline' || e.code === 'timeout')
      return { ok: false, error: t.options.errors.unreachable(serverUrl) };
    return { ok: false, error: t.options.errors.generic(e.message ?? String(err)) };
  }
}

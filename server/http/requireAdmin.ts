// Admin-only routes: after requireAgent, refuses anyone whose role is not admin (403 forbidden).
// The UI hides admin screens from agents, but this check is what actually protects them.
import { createMiddleware } from 'hono/factory';
import { ApiException } from '../errors';
import type { AuthedEnv } from './appDeps';

export function requireAdmin() {
  return createMiddleware<AuthedEnv>(async (c, next) => {
    if (c.get('agent').role !== 'admin') throw new ApiException(403, 'forbidden', 'Only an admin can do this.');
    await next();
  });
}

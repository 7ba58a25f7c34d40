// Mounts the /v1 routers and guards each route as its declaration says, so the OpenAPI document
// and the checks cannot disagree: `security: bearer` needs a signed-in agent (401), `adminBearer`
// an admin too (403). Both run once per request, before the route validates its input, so an
// agent learns nothing about an admin route's body.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/createStore';
import type { AuthedEnv } from './appDeps';
import { requireAdmin } from './requireAdmin';
import { requireAgent, type SessionRules } from './requireAgent';

type Router = OpenAPIHono<AuthedEnv>;

export function mountApi(
  app: OpenAPIHono,
  prefix: string,
  routers: Router[],
  store: Store,
  sessions?: SessionRules,
): void {
  const agent = requireAgent(store, sessions);
  const admin = requireAdmin();
  // Guards first: Hono runs handlers in the order they were registered.
  for (const router of routers) {
    const declared = new Set<string>();
    for (const definition of router.openAPIRegistry.definitions) {
      if (definition.type !== 'route') continue;
      const { method, path, security } = definition.route;
      const honoPath = path.replaceAll(/\{(.+?)\}/g, ':$1');
      declared.add(`${method.toUpperCase()} ${honoPath}`);
      if (!security?.length) continue;
      const roles = security.flatMap((requirement) => Object.values(requirement).flat());
      if (roles.includes('admin')) app.on(method.toUpperCase(), prefix + honoPath, agent, admin);
      else app.on(method.toUpperCase(), prefix + honoPath, agent);
    }
    // A route added with plain app.get() would be unguarded and undocumented: refuse to start.
    for (const route of router.routes) {
      if (route.method !== 'ALL' && !declared.has(`${route.method} ${route.path}`))
        throw new Error(`${route.method} ${route.path} must be declared with createRoute and app.openapi().`);
    }
  }
  for (const router of routers) app.route(prefix, router);
}

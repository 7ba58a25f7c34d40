// Shared pieces of the route declarations, so each route file states only what is its own.
import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../../core/api/errors';
import type { AuthedEnv } from './appDeps';
import { validationHook } from './validationHook';

/** A router whose request validation answers 400 `invalid` naming the field. */
export function createRouter<E extends object = AuthedEnv>() {
  return new OpenAPIHono<E & AuthedEnv>({ defaultHook: validationHook });
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; the message names the field',
  401: 'Missing, unknown or revoked token',
  403: 'Not allowed for this agent',
  404: 'Not found, or not visible to this agent',
  409: 'Conflict (taken by someone else, window closed, feature switched off, ...)',
  422: 'Not possible yet (e.g. too few messages for a summary)',
  429: 'Too many attempts: wait the seconds in Retry-After (too_many_attempts)',
  502: 'The AI service answered something unusable (ai_bad_output)',
  503: 'The AI service could not be reached or refused (ai_unavailable)',
};

export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 422 | 429 | 502 | 503)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status], content: { 'application/json': { schema: ApiError } } },
    ]),
  );
}

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Any signed-in agent (401 otherwise). mountApi reads this declaration to guard the route. */
export const bearer = [{ bearer: [] as string[] }];
/** Admins only (403 for an agent, before the request is validated); the role is a 3.1 scope. */
export const adminBearer = [{ bearer: ['admin'] }];

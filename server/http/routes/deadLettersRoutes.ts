// Dead letters (admin only): the signed webhooks that could not be stored, and their replay.
import { createRoute, z } from '@hono/zod-openapi';
import { DeadLetterResponse, DeadLettersResponse } from '../../../core/api/deadLetters';
import type { InboundEvent } from '../../channels/types';
import { replayDeadLetter } from '../../deadLetters/replayDeadLetter';
import { listDeadLetters } from '../../store/repos/deadLetters';
import type { AppDeps } from '../appDeps';
import { adminBearer, createRouter, errorResponses, json } from '../openApi';

const list = createRoute({
  method: 'get',
  path: '/dead-letters',
  tags: ['dead letters'],
  security: adminBearer,
  responses: { 200: json(DeadLettersResponse, 'The newest dead letters first'), ...errorResponses(401, 403) },
});

const replay = createRoute({
  method: 'post',
  path: '/dead-letters/{id}/replay',
  tags: ['dead letters'],
  security: adminBearer,
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: {
    200: json(DeadLetterResponse, 'Replayed: `replayedAt` is set once stored; otherwise `error` says why not yet'),
    ...errorResponses(401, 403, 404),
  },
});

export function deadLettersRoutes(deps: AppDeps & { ingest: (events: InboundEvent[]) => Promise<void> }) {
  const app = createRouter();
  app.openapi(list, async (c) => c.json({ deadLetters: await listDeadLetters(deps.store.db) }, 200));
  app.openapi(replay, async (c) => c.json({ deadLetter: await replayDeadLetter(deps, c.req.valid('param').id) }, 200));
  return app;
}

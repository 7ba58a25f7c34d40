// Actions on one message: retry a failed agent message.
import { createRoute, z } from '@hono/zod-openapi';
import { MessageResponse } from '../../../core/api/messages';
import { retryMessage } from '../../messages/retryMessage';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const retry = createRoute({
  method: 'post',
  path: '/messages/{id}/retry',
  tags: ['messages'],
  security: bearer,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    201: json(MessageResponse, 'Sent again: status sent, or failed with the new reason'),
    200: json(MessageResponse, 'A retry was already under way; the message as it stands'),
    ...errorResponses(401, 403, 404, 409),
  },
});

export function messagesRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(retry, async (c) => {
    const { message, retried } = await retryMessage(deps, c.get('agent'), c.req.valid('param').id);
    return retried ? c.json({ message }, 201) : c.json({ message }, 200);
  });
  return app;
}

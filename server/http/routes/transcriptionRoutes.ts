// Transcription of one message on request (the Retry of a failed transcript).
import { createRoute, z } from '@hono/zod-openapi';
import { MessageResponse } from '../../../core/api/messages';
import { retryTranscription } from '../../transcripts/retryTranscription';
import type { AiAppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const transcribe = createRoute({
  method: 'post',
  path: '/messages/{id}/transcription',
  tags: ['messages'],
  security: bearer,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    202: json(MessageResponse, 'Queued: the transcript is pending; its text arrives through sync'),
    ...errorResponses(401, 404, 409),
  },
});

export function transcriptionRoutes(deps: AiAppDeps) {
  const app = createRouter();
  app.openapi(transcribe, async (c) => {
    const message = await retryTranscription(
      { store: deps.store, onTranscriptionQueued: deps.ai.onTranscriptionQueued },
      c.get('agent'),
      c.req.valid('param').id,
    );
    return c.json({ message }, 202);
  });
  return app;
}

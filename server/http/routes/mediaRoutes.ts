// GET /v1/media/:id: a customer's file, only to an agent who can see its conversation (404 to
// anyone else, so ids reveal nothing). Never a public URL: the panel fetches it with the bearer
// token and shows it through an object URL.
import { createRoute, z } from '@hono/zod-openapi';
import { loadVisible } from '../../conversations/loadForAction';
import { ApiException, notFound } from '../../errors';
import { findMedia, restartMediaDownload } from '../../store/repos/media';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses } from '../openApi';

const getMedia = createRoute({
  method: 'get',
  path: '/media/{id}',
  tags: ['media'],
  security: bearer,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    200: {
      description: 'The file, with its content type',
      content: { 'application/octet-stream': { schema: z.any() } },
    },
    ...errorResponses(401, 404, 409),
  },
});

const retryMedia = createRoute({
  method: 'post',
  path: '/media/{id}/retry',
  tags: ['media'],
  security: bearer,
  request: { params: z.object({ id: z.string().min(1) }) },
  responses: {
    202: {
      description: 'The download starts over in the background; the message syncs when it is done',
      content: { 'application/json': { schema: z.object({ restarted: z.boolean() }) } },
    },
    ...errorResponses(401, 404),
  },
});

export function mediaRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(retryMedia, async (c) => {
    const id = c.req.valid('param').id;
    const restarted = await deps.store.write(async (tx, changes) => {
      const media = await findMedia(tx, id);
      if (!media) throw notFound('File');
      await loadVisible(tx, c.get('agent'), media.conversation_id, 'File');
      const row = await restartMediaDownload(tx, id);
      if (row) changes.add('message', row.message_id, row.conversation_id);
      return row !== null;
    });
    if (restarted) deps.workers.kick('fetch');
    return c.json({ restarted }, 202);
  });
  app.openapi(getMedia, async (c) => {
    const media = await findMedia(deps.store.db, c.req.valid('param').id);
    if (!media) throw notFound('File');
    await loadVisible(deps.store.db, c.get('agent'), media.conversation_id, 'File');
    if (media.status !== 'ready' || !media.bytes) {
      throw new ApiException(
        409,
        'conflict',
        media.status === 'failed' ? 'This file could not be downloaded from Meta.' : 'This file is still downloading.',
      );
    }
    const filename = (media.filename ?? 'file').replace(/[^\w.\- ]/g, '_');
    return new Response(new Uint8Array(media.bytes), {
      status: 200,
      headers: {
        'content-type': media.mime_type,
        'content-length': String(media.bytes.byteLength),
        'content-disposition': `inline; filename="${filename}"`,
        // Customers' files are untrusted: never sniffed into HTML, never run as a page.
        'x-content-type-options': 'nosniff',
        'content-security-policy': "sandbox; default-src 'none'",
        'cache-control': 'private, no-store',
      },
    }) as never;
  });
  return app;
}

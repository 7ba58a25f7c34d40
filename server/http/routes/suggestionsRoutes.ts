// Reply suggestions for a conversation the agent may see, through the suggestion maker seam.
import { createRoute, z } from '@hono/zod-openapi';
import { SuggestionsRequest, SuggestionsResponse } from '../../../core/api/ai';
import { loadVisible } from '../../conversations/loadForAction';
import { ApiException } from '../../errors';
import { listQuickReplies } from '../../store/repos/quickReplies';
import { loadConversationContext } from '../../summaries/loadConversationContext';
import type { AiAppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });

const suggest = createRoute({
  method: 'post',
  path: '/conversations/{id}/suggestions',
  tags: ['suggestions'],
  security: bearer,
  request: {
    params: IdParam,
    body: { required: false, content: { 'application/json': { schema: SuggestionsRequest } } },
  },
  responses: {
    200: json(SuggestionsResponse, 'Suggestions for the newest customer message, none of those excluded'),
    ...errorResponses(400, 401, 404, 409, 502, 503),
  },
});

export function suggestionsRoutes(deps: AiAppDeps) {
  const app = createRouter();

  app.openapi(suggest, async (c) => {
    const agent = c.get('agent');
    const conversation = await loadVisible(deps.store.db, agent, c.req.valid('param').id);
    // The body is optional: without one, nothing is excluded.
    const exclude = c.req.valid('json')?.exclude ?? [];
    const [context, quickReplies] = await Promise.all([
      loadConversationContext(deps.store.db, conversation),
      listQuickReplies(deps.store.db),
    ]);
    if (!context.settings.summaryAndSuggestions)
      throw new ApiException(409, 'feature_off', 'Smart suggestions are switched off for this workspace.');
    const made = await deps.ai.makeSuggestions({ ...context, quickReplies, exclude, requestedBy: agent.id });
    const lastCustomer = context.messages.findLast((m) => m.author === 'customer');
    return c.json({ ...made, basedOnMessageId: lastCustomer?.id ?? null }, 200);
  });
  return app;
}

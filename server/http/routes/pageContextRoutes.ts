// Page context: the customers a page beside the panel names (only the extension's normalised
// values arrive here, never page text), and a conversation started with a template to a number.
import { createRoute } from '@hono/zod-openapi';
import {
  ContactMatchRequest,
  ContactMatchResponse,
  StartConversationRequest,
  StartConversationResponse,
} from '../../../core/api/pageContext';
import { rankContactMatches } from '../../../core/pageMatches';
import { ApiException } from '../../errors';
import { startConversation } from '../../pageContext/startConversation';
import { findContactMatches } from '../../store/repos/contactMatches';
import { getSettings } from '../../store/repos/settings';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const match = createRoute({
  method: 'post',
  path: '/contacts/match',
  tags: ['contacts'],
  security: bearer,
  request: { body: { required: true, content: { 'application/json': { schema: ContactMatchRequest } } } },
  responses: {
    200: json(ContactMatchResponse, 'The customers with these phone numbers or emails the caller may read, best first'),
    ...errorResponses(400, 401, 409),
  },
});

const start = createRoute({
  method: 'post',
  path: '/conversations',
  tags: ['conversations'],
  security: bearer,
  request: { body: { required: true, content: { 'application/json': { schema: StartConversationRequest } } } },
  responses: {
    201: json(StartConversationResponse, "Sent: the conversation is the caller's, in Outgoing"),
    200: json(StartConversationResponse, 'The same clientId was sent before: that message, not a second one'),
    ...errorResponses(400, 401, 409),
  },
});

export function pageContextRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(match, async (c) => {
    if (!(await getSettings(deps.store.db)).pageContext)
      throw new ApiException(409, 'feature_off', 'Page context is turned off for this workspace.');
    const request = c.req.valid('json');
    const matches = await findContactMatches(deps.store.db, c.get('agent'), request);
    return c.json({ matches: rankContactMatches(matches, [...request.phones, ...request.emails]) }, 200);
  });

  app.openapi(start, async (c) => {
    const { conversation, message, created } = await startConversation(deps, c.get('agent'), c.req.valid('json'));
    return c.json({ conversation, message }, created ? 201 : 200);
  });
  return app;
}

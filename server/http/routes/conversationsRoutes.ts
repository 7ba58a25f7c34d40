// Conversations the agent may see: the list (with search, or one inbox), one, a thread's pages, take, read, reply.
import { createRoute, z } from '@hono/zod-openapi';
import { ConversationResponse } from '../../../core/api/conversations';
import { ConversationsListPage, InboxParams, inboxParamsIssue } from '../../../core/api/inbox';
import { MessageResponse, MessagesPage, MessagesQuery, SendMessageRequest } from '../../../core/api/messages';
import { ConversationsListQuery } from '../../../core/api/conversations';
import { acceptConversation } from '../../conversations/acceptConversation';
import { triggerSummary } from '../../summaries/triggerSummary';
import { createAiServices } from '../createAiServices';
import { loadReadable } from '../../conversations/loadReadable';
import { listInbox } from '../../conversations/listInbox';
import { ApiException } from '../../errors';
import { loadVisible } from '../../conversations/loadForAction';
import { markConversationRead } from '../../conversations/markConversationRead';
import { sendAgentMessage } from '../../messages/sendAgentMessage';
import { listMessagePage } from '../../store/repos/messages';
import { searchConversations } from '../../store/repos/searchConversations';
import type { AppDeps } from '../appDeps';
import { bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });

const list = createRoute({
  method: 'get',
  path: '/conversations',
  tags: ['conversations'],
  security: bearer,
  request: { query: ConversationsListQuery.extend(InboxParams.shape) },
  responses: {
    200: json(
      ConversationsListPage,
      'Visible conversations, newest activity first; with `inbox`, one inbox as the panel shows it (New: longest waiting first), a page at a time',
    ),
    ...errorResponses(400, 401),
  },
});

const one = createRoute({
  method: 'get',
  path: '/conversations/{id}',
  tags: ['conversations'],
  security: bearer,
  request: { params: IdParam },
  responses: { 200: json(ConversationResponse, 'The conversation'), ...errorResponses(401, 404) },
});

const messages = createRoute({
  method: 'get',
  path: '/conversations/{id}/messages',
  tags: ['conversations'],
  security: bearer,
  request: { params: IdParam, query: MessagesQuery },
  responses: { 200: json(MessagesPage, 'One page, oldest to newest'), ...errorResponses(400, 401, 404) },
});

const accept = createRoute({
  method: 'post',
  path: '/conversations/{id}/accept',
  tags: ['conversations'],
  security: bearer,
  request: { params: IdParam },
  responses: { 200: json(ConversationResponse, 'Now assigned to the caller'), ...errorResponses(401, 404, 409) },
});

const read = createRoute({
  method: 'post',
  path: '/conversations/{id}/read',
  tags: ['conversations'],
  security: bearer,
  request: { params: IdParam },
  responses: { 200: json(ConversationResponse, 'Unread count cleared'), ...errorResponses(401, 404) },
});

const send = createRoute({
  method: 'post',
  path: '/conversations/{id}/messages',
  tags: ['conversations'],
  security: bearer,
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: SendMessageRequest } } },
  },
  responses: {
    201: json(MessageResponse, 'Stored and handed to the channel: status sent, or failed with the reason'),
    200: json(MessageResponse, 'A repeat of an earlier clientId: the message already stored, not sent again'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export function conversationsRoutes(deps: AppDeps) {
  const app = createRouter();

  app.openapi(list, async (c) => {
    const { inbox, layout, cursor, ...query } = c.req.valid('query');
    const issue = inboxParamsIssue({ inbox, layout, cursor });
    if (issue) throw new ApiException(400, 'invalid', issue);
    if (inbox) {
      const options = { inbox, layout: layout ?? 'classic', cursor, limit: query.limit };
      return c.json(await listInbox(deps.store.db, c.get('agent'), options, deps.now()), 200);
    }
    return c.json({ conversations: await searchConversations(deps.store.db, c.get('agent'), query) }, 200);
  });

  app.openapi(one, async (c) => {
    const conversation = await loadVisible(deps.store.db, c.get('agent'), c.req.valid('param').id);
    return c.json({ conversation }, 200);
  });

  app.openapi(messages, async (c) => {
    const { id } = c.req.valid('param');
    await loadReadable(deps.store.db, c.get('agent'), id);
    return c.json(await listMessagePage(deps.store.db, id, c.req.valid('query')), 200);
  });

  app.openapi(accept, async (c) => {
    const { fromBot, ...conversation } = await acceptConversation(
      deps.store,
      c.get('agent'),
      c.req.valid('param').id,
      deps.now(),
    );
    if (fromBot) {
      await triggerSummary(
        { db: deps.store.db, log: deps.log, requestSummary: createAiServices(deps).requestSummary },
        { conversationId: conversation.id, trigger: 'bot_handoff', requestedBy: c.get('agent').id },
      );
    }
    return c.json({ conversation }, 200);
  });

  app.openapi(read, async (c) => {
    const conversation = await markConversationRead(deps.store, c.get('agent'), c.req.valid('param').id);
    return c.json({ conversation }, 200);
  });

  app.openapi(send, async (c) => {
    const { message, created } = await sendAgentMessage(
      deps,
      c.get('agent'),
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return created ? c.json({ message }, 201) : c.json({ message }, 200);
  });
  return app;
}

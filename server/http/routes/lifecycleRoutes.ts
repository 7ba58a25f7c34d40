// A conversation's life after it is taken: private notes, close, transfer, and an admin's assign.
import { createRoute, z } from '@hono/zod-openapi';
import { ConversationResponse } from '../../../core/api/conversations';
import { AssignRequest, CloseRequest, TransferRequest } from '../../../core/api/conversations';
import { CreateNoteRequest, NoteResponse, NotesResponse } from '../../../core/api/notes';
import { addNote } from '../../conversations/addNote';
import { closeConversation } from '../../conversations/closeConversation';
import { loadReadable } from '../../conversations/loadReadable';
import { assignConversation, transferConversation } from '../../conversations/reassignConversation';
import { listNotes } from '../../store/repos/notes';
import { triggerSummary } from '../../summaries/triggerSummary';
import type { AiAppDeps } from '../appDeps';
import { adminBearer, bearer, createRouter, errorResponses, json } from '../openApi';

const IdParam = z.object({ id: z.string().min(1) });
const body = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const listNotesRoute = createRoute({
  method: 'get',
  path: '/conversations/{id}/notes',
  tags: ['notes'],
  security: bearer,
  request: { params: IdParam },
  responses: { 200: json(NotesResponse, 'The conversation’s notes, oldest first'), ...errorResponses(401, 404) },
});

const createNote = createRoute({
  method: 'post',
  path: '/conversations/{id}/notes',
  tags: ['notes'],
  security: bearer,
  request: { params: IdParam, body: body(CreateNoteRequest) },
  responses: {
    201: json(NoteResponse, 'Stored; synced to agents who see the conversation, never sent to the customer'),
    ...errorResponses(400, 401, 404),
  },
});

const close = createRoute({
  method: 'post',
  path: '/conversations/{id}/close',
  tags: ['conversations'],
  security: bearer,
  request: { params: IdParam, body: body(CloseRequest) },
  responses: { 200: json(ConversationResponse, 'Closed'), ...errorResponses(400, 401, 403, 404, 409) },
});

const transfer = createRoute({
  method: 'post',
  path: '/conversations/{id}/transfer',
  tags: ['conversations'],
  security: bearer,
  request: { params: IdParam, body: body(TransferRequest) },
  responses: {
    200: json(ConversationResponse, 'Assigned to the other agent, or back in the New queue'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const assign = createRoute({
  method: 'post',
  path: '/conversations/{id}/assign',
  tags: ['conversations'],
  security: adminBearer,
  request: { params: IdParam, body: body(AssignRequest) },
  responses: { 200: json(ConversationResponse, 'Assigned (admin only)'), ...errorResponses(400, 401, 403, 404, 409) },
});

export function lifecycleRoutes(deps: AiAppDeps) {
  const app = createRouter();

  app.openapi(listNotesRoute, async (c) => {
    const { id } = c.req.valid('param');
    await loadReadable(deps.store.db, c.get('agent'), id);
    return c.json({ notes: await listNotes(deps.store.db, id) }, 200);
  });

  app.openapi(createNote, async (c) => {
    const note = await addNote(
      deps.store,
      c.get('agent'),
      c.req.valid('param').id,
      c.req.valid('json').text,
      deps.now(),
      c.req.valid('json').clientId,
    );
    return c.json({ note }, 201);
  });

  app.openapi(close, async (c) => {
    const conversation = await closeConversation(
      deps.store,
      c.get('agent'),
      c.req.valid('param').id,
      c.req.valid('json').type,
      deps.now(),
    );
    return c.json({ conversation }, 200);
  });

  app.openapi(transfer, async (c) => {
    const conversation = await transferConversation(
      deps.store,
      c.get('agent'),
      c.req.valid('param').id,
      c.req.valid('json'),
      deps.now(),
    );
    // After the commit: the next agent (or whoever takes it from New) opens it with the context.
    await triggerSummary(
      { db: deps.store.db, log: deps.log, requestSummary: deps.ai.requestSummary },
      { conversationId: conversation.id, trigger: 'transfer', requestedBy: c.get('agent').id },
    );
    return c.json({ conversation }, 200);
  });

  app.openapi(assign, async (c) => {
    const conversation = await assignConversation(
      deps.store,
      c.get('agent'),
      c.req.valid('param').id,
      c.req.valid('json').agentId,
    );
    return c.json({ conversation }, 200);
  });
  return app;
}

// The HTTP application, built from its dependencies: no environment, no sockets (main.ts opens
// those). Routes are split by resource; every error leaves through one handler as JSON.
import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import type { InboundEvent } from '../channels/types';
import { createIngest } from '../ingest/createIngest';
import { leavesBackgroundWork } from '../ingest/leavesBackgroundWork';
import { simulatorRoutes } from '../simulator/index';
import { listSimulatedChannels, listSimulatedContacts } from '../store/repos/channels';
import { findFlowFormFields } from '../store/repos/botSettings';
import type { AppDeps } from './appDeps';
import { createAiServices } from './createAiServices';
import { createErrorHandler, notFoundHandler } from './handleErrors';
import { mountApi } from './mountApi';
import { agentsRoutes } from './routes/agentsRoutes';
import { authRoutes } from './routes/authRoutes';
import { conversationsRoutes } from './routes/conversationsRoutes';
import { contactInfoRoutes } from './routes/contactInfoRoutes';
import { fieldsRoutes } from './routes/fieldsRoutes';
import { tagsRoutes } from './routes/tagsRoutes';
import { historyRoutes } from './routes/historyRoutes';
import { lifecycleRoutes } from './routes/lifecycleRoutes';
import { messagesRoutes } from './routes/messagesRoutes';
import { mediaRoutes } from './routes/mediaRoutes';
import { settingsRoutes } from './routes/settingsRoutes';
import { syncRoutes } from './routes/syncRoutes';
import { templatesRoutes } from './routes/templatesRoutes';
import { campaignsRoutes } from './routes/campaignsRoutes';
import { webhookRoutes } from './webhooks';
import { quickRepliesRoutes } from './routes/quickRepliesRoutes';
import { summariesRoutes } from './routes/summariesRoutes';
import { suggestionsRoutes } from './routes/suggestionsRoutes';
import { transcriptionRoutes } from './routes/transcriptionRoutes';
import { botRoutes } from './routes/botRoutes';

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono();
  const withAi = { ...deps, ai: createAiServices(deps) };
  const queue = createIngest({ ...deps, onFlowAnswered: withAi.ai.onFlowAnswered });
  const ingest = async (events: InboundEvent[]) => {
    await queue.ingest(events);
    if (leavesBackgroundWork(events)) deps.workers.kick('fetch');
    // A customer message may have queued the bot's turn (PostgreSQL's NOTIFY wakes other processes).
    if (events.some((e) => e.type === 'message')) deps.workers.kick('jobs');
  };

  // Bearer tokens, never cookies: any origin may call (the extension's origin is per install).
  app.use(
    '/v1/*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      maxAge: 600,
    }),
  );
  mountApi(
    app,
    '/v1',
    [
      authRoutes(deps),
      agentsRoutes(deps),
      syncRoutes(deps),
      settingsRoutes(withAi),
      conversationsRoutes(deps),
      messagesRoutes(deps),
      mediaRoutes(deps),
      tagsRoutes(deps),
      fieldsRoutes(deps),
      contactInfoRoutes(deps),
      historyRoutes(deps),
      lifecycleRoutes(withAi),
      templatesRoutes(deps),
      campaignsRoutes(deps),
      quickRepliesRoutes(deps),
      summariesRoutes(withAi),
      suggestionsRoutes(withAi),
      transcriptionRoutes(withAi),
      botRoutes(deps),
    ],
    deps.store,
  );

  app.route(
    '/webhooks',
    webhookRoutes({
      appSecret: deps.config.appSecret,
      verifyToken: deps.config.verifyToken,
      adapters: deps.adapters,
      ingest,
      log: deps.log,
    }),
  );

  app.route(
    '/simulator',
    simulatorRoutes({
      appSecret: deps.config.appSecret,
      publicUrl: deps.config.publicUrl,
      fetch: deps.fetch,
      listSimulatedChannels: () => listSimulatedChannels(deps.store.db),
      listKnownCustomers: () => listSimulatedContacts(deps.store.db),
      findFlowForm: (flowId) => findFlowFormFields(deps.store.db, flowId),
      now: deps.now,
      log: deps.log,
    }),
  );

  app.get('/healthz', async (c) => {
    await deps.store.db.query('SELECT 1');
    return c.json({ ok: true });
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Sidedesk conversations API', version: '1' },
    servers: [{ url: deps.config.publicUrl }],
  });

  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(deps.log));
  return app;
}

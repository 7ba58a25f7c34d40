// The HTTP application, built from its dependencies: no environment, no sockets (main.ts opens
// those). Routes are split by resource; every error leaves through one handler as JSON.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { InboundEvent } from '../channels/types';
import { createIngest } from '../ingest/createIngest';
import { leavesBackgroundWork } from '../ingest/leavesBackgroundWork';
import { simulatorRoutes } from '../simulator/index';
import { listSimulatedChannels, listSimulatedContacts } from '../store/repos/channels';
import { insertDeadLetter } from '../store/repos/deadLetters';
import { findFlowFormFields } from '../store/repos/botSettings';
import type { AppDeps } from './appDeps';
import { applyBrowserPolicy } from './browserPolicy';
import { apiBodyLimit } from './apiBodyLimit';
import { createAiServices } from './createAiServices';
import { createErrorHandler, notFoundHandler } from './handleErrors';
import { mountApi } from './mountApi';
import { observe } from './observe';
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
import { automationsRoutes } from './routes/automationsRoutes';
import { summariesRoutes } from './routes/summariesRoutes';
import { suggestionsRoutes } from './routes/suggestionsRoutes';
import { transcriptionRoutes } from './routes/transcriptionRoutes';
import { pageContextRoutes } from './routes/pageContextRoutes';
import { sessionsRoutes } from './routes/sessionsRoutes';
import { DEFAULT_SESSION_POLICY } from '../auth/sessionPolicy';
import { deadLettersRoutes } from './routes/deadLettersRoutes';
import { botRoutes } from './routes/botRoutes';

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono();
  // First: the request id and the metrics see every request, refused ones too.
  observe(app, { log: deps.log, metrics: deps.metrics, metricsToken: deps.config.metricsToken });
  const withAi = { ...deps, ai: createAiServices(deps) };
  const queue = createIngest({ ...deps, onFlowAnswered: withAi.ai.onFlowAnswered });
  const ingest = async (events: InboundEvent[]) => {
    await queue.ingest(events);
    if (leavesBackgroundWork(events)) deps.workers.kick('fetch');
    // A customer message may have queued the bot's turn (PostgreSQL's NOTIFY wakes other processes).
    if (events.some((e) => e.type === 'message')) deps.workers.kick('jobs');
  };

  applyBrowserPolicy(app, deps.config.allowedOrigins);
  app.use('/v1/*', apiBodyLimit());
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
      automationsRoutes(deps),
      summariesRoutes(withAi),
      suggestionsRoutes(withAi),
      transcriptionRoutes(withAi),
      pageContextRoutes(deps),
      sessionsRoutes(deps),
      deadLettersRoutes({ ...deps, ingest }),
      botRoutes(deps),
    ],
    deps.store,
    { now: deps.now, policy: deps.config.sessions ?? DEFAULT_SESSION_POLICY },
  );

  app.route(
    '/webhooks',
    webhookRoutes({
      appSecret: deps.config.appSecret,
      verifyToken: deps.config.verifyToken,
      adapters: deps.adapters,
      ingest,
      deadLetter: async (entry) => void (await insertDeadLetter(deps.store.db, entry, deps.now())),
      log: deps.log,
    }),
  );

  app.route(
    '/simulator',
    simulatorRoutes({
      appSecret: deps.config.appSecret,
      publicUrl: deps.config.publicUrl,
      fetch: deps.fetch,
      listSimulatedChannels: () => listSimulatedChannels(deps.store.db, deps.store.secrets),
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

// The customer simulator, mounted at /simulator: the phone page, its JSON API, and the Graph API
// stand-in that the simulated channel's graphUrl points to (`${publicUrl}/simulator/graph/v23.0`).
import { Hono } from 'hono';
import type { Channel } from '../../core/model';
import type { ChannelConfig } from '../channels/types';
import type { SimulatorContext } from './context';
import { graphStandInRoutes } from './graphStandIn';
import { templatesStandInRoutes } from './templatesStandIn';
import { pageApiRoutes } from './pageApi';
import { renderPage } from './pageHtml';
import { createWebhookPoster, type WebhookPoster } from './postWebhook';
import { metaGraphStandInRoutes } from './metaGraphStandIn';
import { createSimulatorState, type SimCustomer, type SimulatorState } from './state';
import { createStatusReporter, DEFAULT_STATUS_DELAYS, type StatusDelays } from './statusReporter';

export interface SimulatorDeps {
  appSecret: string;
  /** Where the server answers, as Meta would reach it: webhooks go to `${publicUrl}/webhooks/whatsapp`. */
  publicUrl: string;
  fetch?: typeof fetch;
  listSimulatedChannels: () => Promise<ChannelConfig[]>;
  /** Customers the server already knows on simulated channels, so the phone can play them at once. */
  listKnownCustomers?: () => Promise<SimCustomer[]>;
  findFlowForm?: SimulatorContext['findFlowForm'];
  /** Pass one to inspect or dispose it (tests); otherwise each app gets its own. */
  state?: SimulatorState;
  delays?: Partial<StatusDelays>;
  now?: () => number;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/** The Graph base URL a simulated channel row should carry. */
export const simulatorGraphUrl = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/simulator/graph/v23.0`;

export function simulatorRoutes(deps: SimulatorDeps): Hono {
  const state = deps.state ?? createSimulatorState();
  const now = deps.now ?? Date.now;
  const log = deps.log ?? (() => {});
  const post = createWebhookPoster({
    publicUrl: deps.publicUrl,
    appSecret: deps.appSecret,
    fetch: deps.fetch ?? fetch,
  });
  const reporter = createStatusReporter({
    state,
    post,
    now,
    log,
    delays: { ...DEFAULT_STATUS_DELAYS, ...deps.delays },
  });
  const posters = new Map<Channel, WebhookPoster>([['whatsapp', post]]);
  const postFor = (kind: Channel) => {
    if (!posters.has(kind)) {
      posters.set(
        kind,
        createWebhookPoster({
          publicUrl: deps.publicUrl,
          appSecret: deps.appSecret,
          fetch: deps.fetch ?? fetch,
          channelPath: kind,
        }),
      );
    }
    return posters.get(kind)!;
  };
  const ctx: SimulatorContext = {
    state,
    listSimulatedChannels: deps.listSimulatedChannels,
    listKnownCustomers: deps.listKnownCustomers ?? (async () => []),
    findFlowForm: deps.findFlowForm ?? (async () => null),
    post,
    postFor,
    graphBase: `${deps.publicUrl.replace(/\/+$/, '')}/simulator/graph`,
    reporter,
    now,
    log,
  };

  const app = new Hono();
  // The simulator signs webhooks with the real app secret: it exists only while a simulated
  // channel does, so a production server without one exposes nothing here.
  app.use('*', async (c, next) => {
    if ((await deps.listSimulatedChannels()).length > 0) return next();
    return c.json(
      { error: { code: 'not_found', message: 'The simulator is off: there is no simulated channel.' } },
      404,
    );
  });
  app.get('/', (c) => c.html(renderPage()));
  app.route('/api', pageApiRoutes(ctx));
  // Messenger/Instagram sends, media and profiles first; WhatsApp sends fall through to the next.
  app.route('/graph', metaGraphStandInRoutes(ctx));
  app.route('/graph', graphStandInRoutes(ctx));
  app.route('/graph', templatesStandInRoutes(ctx));
  return app;
}

export { createSimulatorState, type SimulatorState, type SimMessage, type SimCustomer } from './state';
export {
  buildWhatsappTextWebhook,
  buildWhatsappStatusWebhook,
  newWamid,
  SIMULATED_DISPLAY_NUMBER,
} from './buildWebhooks';
export { signBody, metaJsonStringify } from './signBody';
export { DEFAULT_STATUS_DELAYS, type StatusDelays } from './statusReporter';

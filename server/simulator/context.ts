// What the simulator's routes share, built once by `simulatorRoutes`.
import type { ChannelConfig } from '../channels/types';
import type { WebhookPoster } from './postWebhook';
import type { SimulatorState } from './state';
import type { StatusReporter } from './statusReporter';

export interface SimulatorContext {
  state: SimulatorState;
  listSimulatedChannels: () => Promise<ChannelConfig[]>;
  /** Signed POST to the server's /webhooks/whatsapp; a string is sent as-is. */
  post: WebhookPoster;
  reporter: StatusReporter;
  now: () => number;
  log: (message: string, details?: Record<string, unknown>) => void;
}

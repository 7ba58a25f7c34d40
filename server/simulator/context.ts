// What the simulator's routes share, built once by `simulatorRoutes`.
import type { FlowFormField } from '../../core/bot/flow';
import type { Channel } from '../../core/model';
import type { ChannelConfig } from '../channels/types';
import type { WebhookPoster } from './postWebhook';
import type { SimCustomer, SimulatorState } from './state';
import type { StatusReporter } from './statusReporter';

export interface SimulatorContext {
  state: SimulatorState;
  listSimulatedChannels: () => Promise<ChannelConfig[]>;
  listKnownCustomers: () => Promise<SimCustomer[]>;
  /** The fields of the bot's Flow form with this Flow id, so the phone can show the form; null when none. */
  findFlowForm: (flowId: string) => Promise<FlowFormField[] | null>;
  /** Signed POST to the server's /webhooks/whatsapp; a string is sent as-is. */
  post: WebhookPoster;
  /** The same, to /webhooks/{kind}: Messenger and Instagram have their own endpoints. */
  postFor(kind: Channel): WebhookPoster;
  /** The stand-in's own base, e.g. https://sidedesk.example/simulator/graph: media URLs point here. */
  graphBase: string;
  reporter: StatusReporter;
  now: () => number;
  log: (message: string, details?: Record<string, unknown>) => void;
}

// Test-only: the server in process (real webhook routes and the simulator) for the simulator's tests.
import { Hono } from 'hono';
import { afterEach } from 'vitest';
import type { ChannelConfig, InboundEvent } from '../channels/types';
import { whatsappAdapter } from '../channels/whatsapp/whatsappAdapter';
import { webhookRoutes } from '../http/webhooks';
import { createSimulatorState, simulatorGraphUrl, simulatorRoutes } from './index';

export const SECRET = 'sim-secret';
export const PUBLIC_URL = 'http://sidedesk.test';
export const channel: ChannelConfig = {
  id: 'ch-sim',
  kind: 'whatsapp',
  name: 'Demo shop',
  externalId: '100200300',
  accessToken: 'sim-token',
  graphUrl: simulatorGraphUrl(PUBLIC_URL),
  simulated: true,
};

const states: ReturnType<typeof createSimulatorState>[] = [];
afterEach(() => states.splice(0).forEach((s) => s.dispose()));

/** The server in process: real webhook routes and the simulator, reached through app.request. */
export function setup(options: { serverSecret?: string } = {}) {
  const events: InboundEvent[] = [];
  const state = createSimulatorState();
  states.push(state);
  const server = new Hono();
  const fetchImpl = ((input: string | URL | Request, init?: RequestInit) =>
    server.request(String(input), init)) as typeof fetch;
  server.route(
    '/webhooks',
    webhookRoutes({
      appSecret: options.serverSecret ?? SECRET,
      verifyToken: 'v',
      adapters: { whatsapp: whatsappAdapter },
      ingest: async (batch) => void events.push(...batch),
    }),
  );
  server.route(
    '/simulator',
    simulatorRoutes({
      appSecret: SECRET,
      publicUrl: PUBLIC_URL,
      fetch: fetchImpl,
      listSimulatedChannels: async () => [channel],
      state,
      delays: { sentMs: 5, deliveredMs: 5, readMs: 5 },
    }),
  );
  const api = (path: string, body?: unknown) =>
    server.request(
      `/simulator/api${path}`,
      body === undefined
        ? {}
        : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
    );
  const send = (text: string) => whatsappAdapter.send(channel, '+16505551234', { kind: 'text', text }, fetchImpl);
  return { server, events, state, api, send, fetchImpl };
}

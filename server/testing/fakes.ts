// Typed test data for what the server receives: accounts to create, channel declarations, webhook
// events. Every factory returns something valid and unique; pass overrides for what the test is
// about. The wire types (fakeConversation, fakeMessage, ...) are core/testing/fakes.ts, shared with
// the extension's tests.
import type { Role } from '../../core/model';
import type { ChannelDeclaration } from '../store/repos/channels';
import type { InboundMessageEvent, StatusEvent } from '../channels/types';

let counter = 0;
const next = () => ++counter;

export const FAKE_PHONE_NUMBER_ID = '109000000000001';
export const FAKE_PASSWORD = 'correct horse battery';

export interface FakeAgentAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export function fakeAgentAccount(overrides: Partial<FakeAgentAccount> = {}): FakeAgentAccount {
  const n = next();
  return {
    email: `agent${n}-${process.pid}@test.example`,
    name: `Agent ${n}`,
    role: 'agent',
    password: FAKE_PASSWORD,
    ...overrides,
  };
}

export function fakeChannel(overrides: Partial<ChannelDeclaration> = {}): ChannelDeclaration {
  return {
    kind: 'whatsapp',
    name: 'Test WhatsApp',
    externalId: FAKE_PHONE_NUMBER_ID,
    accessToken: 'test-token',
    graphUrl: 'https://graph.test/v23.0',
    simulated: false,
    ...overrides,
  };
}

export function fakeCustomer(overrides: Partial<InboundMessageEvent['contact']> = {}): InboundMessageEvent['contact'] {
  const n = next();
  const phone = `4915100${String(n).padStart(6, '0')}`;
  return { externalId: phone, name: `Customer ${n}`, phone, ...overrides };
}

export function fakeInboundMessage(overrides: Partial<InboundMessageEvent> = {}): InboundMessageEvent {
  const n = next();
  return {
    type: 'message',
    channel: 'whatsapp',
    channelExternalId: FAKE_PHONE_NUMBER_ID,
    contact: fakeCustomer(),
    externalId: `wamid.TEST${n}`,
    timestamp: 1_700_000_000_000 + n * 1000,
    kind: 'text',
    text: `Hello ${n}`,
    originalType: null,
    ...overrides,
  };
}

export function fakeStatus(overrides: Partial<StatusEvent> & Pick<StatusEvent, 'externalId'>): StatusEvent {
  return {
    type: 'status',
    channel: 'whatsapp',
    channelExternalId: FAKE_PHONE_NUMBER_ID,
    status: 'delivered',
    timestamp: 1_700_000_000_000,
    error: null,
    ...overrides,
  };
}

export const fakeClientId = () => `client-${next()}-${Math.random().toString(36).slice(2, 10)}`;

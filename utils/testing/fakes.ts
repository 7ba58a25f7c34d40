// Test-only factories for wire objects, and a scripted fake `fetch`.
import type { Agent, Contact, Conversation, Message, QuickReply, Settings, Summary } from '@/core/model';
import { createDb, type SidedeskDb } from '@/utils/db';

export const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

export function fakeAgent(overrides: Partial<Agent> = {}): Agent {
  return { id: 'ag_ana', email: 'ana@sidedesk.demo', name: 'Ana', role: 'agent', active: true, ...overrides };
}

export function fakeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'ct_1',
    channel: 'whatsapp',
    externalId: '5491100000000',
    name: 'Lucía',
    phone: '+5491100000000',
    firstContactAt: NOW - 3_600_000,
    tagIds: [],
    fields: {},
    ...overrides,
  };
}

export function fakeConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: 'cv_1',
    channelId: 'ch_wa',
    channel: 'whatsapp',
    contactId: 'ct_1',
    contactName: 'Lucía',
    status: 'open',
    closeType: null,
    assigneeId: null,
    lastInboundAt: NOW - 60_000,
    outgoingSince: null,
    lastActivityAt: NOW - 60_000,
    lastMessagePreview: 'Hola',
    unreadCount: 1,
    createdAt: NOW - 3_600_000,
    closedAt: null,
    ...overrides,
  };
}

export function fakeMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: 'ms_1',
    conversationId: 'cv_1',
    author: 'customer',
    agentId: null,
    kind: 'text',
    text: 'Hola',
    originalType: null,
    status: null,
    error: null,
    externalId: null,
    clientId: null,
    media: null,
    location: null,
    transcript: null,
    createdAt: NOW - 60_000,
    ...overrides,
  };
}

export function fakeSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    id: 'workspace',
    defaultLayout: 'classic',
    autoCloseDays: 23,
    summaryAndSuggestions: false,
    transcribeVoiceNotes: false,
    botAnswersVoiceNotes: false,
    botPrompt: '',
    workspaceLanguage: 'en',
    ...overrides,
  };
}

export function fakeQuickReply(overrides: Partial<QuickReply> = {}): QuickReply {
  return { id: 'qr_1', title: 'Opening hours', text: 'We open 9 to 18, Monday to Friday.', tags: [], ...overrides };
}

export function fakeSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    id: 'sm_1',
    conversationId: 'cv_1',
    trigger: 'on_demand',
    requestedBy: 'ag_ana',
    botAnswers: [],
    formAnswers: [],
    written: { summary: 'Wants to change a delivery address.', openRequest: 'New address', promises: [] },
    engine: 'chat_model',
    model: 'gpt-4o-mini',
    error: null,
    messageCount: 6,
    createdAt: NOW - 30_000,
    ...overrides,
  };
}

let dbSeq = 0;
/** A database no other test shares. */
export function freshDb(): SidedeskDb {
  dbSeq += 1;
  return createDb(`sidedesk-test-${dbSeq}-${Math.random().toString(36).slice(2)}`);
}

export interface Recorded {
  method: string;
  url: URL;
  body: unknown;
}

type Route = (req: Recorded) => Response | Promise<Response>;

/** A fetch that answers from a handler and records each request; throw from it to simulate offline. */
export function fakeFetch(route: Route) {
  const calls: Recorded[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req: Recorded = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(req);
    return route(req);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

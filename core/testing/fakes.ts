// Test-only factories for the wire types, shared by the server and extension tests (no production
// module imports this file, so neither program ships it). Each returns a valid object with fixed
// defaults; pass overrides for what the test is about.
import type {
  Agent,
  Campaign,
  Contact,
  Conversation,
  FieldDefinition,
  Message,
  Note,
  QuickReply,
  Settings,
  Summary,
  Tag,
  Template,
} from '../model';

export const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

export function fakeAgent(overrides: Partial<Agent> = {}): Agent {
  return {
    id: 'ag_ana',
    email: 'ana@sidedesk.demo',
    name: 'Ana',
    role: 'agent',
    active: true,
    available: false,
    ...overrides,
  };
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
    withBot: false,
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
    form: null,
    createdAt: NOW - 60_000,
    // Unless a test says otherwise, stored in the order of its timestamps.
    order: overrides.createdAt ?? NOW - 60_000,
    ...overrides,
  };
}

export function fakeNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'nt_1',
    conversationId: 'cv_1',
    agentId: 'ag_ana',
    text: 'Wants a refund',
    createdAt: NOW,
    ...overrides,
  };
}

export function fakeTag(overrides: Partial<Tag> = {}): Tag {
  return { id: 'tg_vip', name: 'VIP', color: '#eab308', ...overrides };
}

export function fakeField(overrides: Partial<FieldDefinition> = {}): FieldDefinition {
  return { id: 'fd_plan', key: 'plan', label: 'Plan', type: 'text', choices: [], position: 0, ...overrides };
}

export function fakeTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: 'tp_order',
    name: 'order_update',
    language: 'en_US',
    category: 'utility',
    body: 'Hi {{1}}, your order {{2}} is on its way.',
    paramCount: 2,
    ...overrides,
  };
}

export function fakeSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    id: 'workspace',
    defaultLayout: 'classic',
    autoCloseDays: 7,
    summaryAndSuggestions: false,
    transcribeVoiceNotes: false,
    botAnswersVoiceNotes: false,
    botPrompt: '',
    workspaceLanguage: 'en',
    pageContext: true,
    defaultCountry: null,
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

export function fakeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'cp_1',
    templateId: 'tp_order',
    createdBy: 'ag_admin',
    createdAt: NOW,
    total: 1,
    sent: 0,
    failed: 0,
    status: 'running',
    ...overrides,
  };
}

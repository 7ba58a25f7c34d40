// Database rows → wire types. Pure: the only place that knows both spellings.
import type { Agent, Channel, Contact, Conversation, Message } from '../../core/model';
import type { ChannelConfig } from '../channels/types';
import type { SecretBox } from '../secrets/secretBox';

export type AgentRow = {
  id: string;
  email: string;
  name: string;
  role: Agent['role'];
  active: boolean;
  available: boolean;
  password_hash: string;
};

export function toAgent(row: AgentRow): Agent {
  return { id: row.id, email: row.email, name: row.name, role: row.role, active: row.active, available: row.available };
}

export type ChannelRow = {
  id: string;
  kind: Channel;
  name: string;
  external_id: string;
  access_token: string;
  graph_url: string;
  simulated: boolean;
};

/** The token is stored sealed (server/secrets): opened here, the one way a channel row is read. */
export function toChannelConfig(row: ChannelRow, secrets: SecretBox): ChannelConfig {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    externalId: row.external_id,
    accessToken: secrets.open(row.access_token),
    graphUrl: row.graph_url,
    simulated: row.simulated,
  };
}

export type ContactRow = {
  id: string;
  channel: Channel;
  external_id: string;
  name: string;
  phone: string | null;
  first_contact_at: number | string;
  /** Joined in by queries that load tags and field values; absent means none. */
  tag_ids?: string[] | null;
  fields?: Record<string, string | number> | null;
};

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    channel: row.channel,
    externalId: row.external_id,
    name: row.name,
    phone: row.phone,
    firstContactAt: Number(row.first_contact_at),
    tagIds: row.tag_ids ?? [],
    fields: row.fields ?? {},
  };
}

/** Conversation columns plus `channel` (the channel's kind) and `contact_name`, joined in. */
export type ConversationRow = {
  id: string;
  channel_id: string;
  channel: Channel;
  contact_id: string;
  contact_name: string;
  status: Conversation['status'];
  close_type: Conversation['closeType'];
  assignee_id: string | null;
  with_bot: boolean;
  last_inbound_at: number | string | null;
  outgoing_since: number | string | null;
  last_activity_at: number | string;
  last_message_preview: string;
  unread_count: number;
  created_at: number | string;
  closed_at?: number | string | null;
};

const nullableNumber = (value: number | string | null) => (value === null ? null : Number(value));

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    channelId: row.channel_id,
    channel: row.channel,
    contactId: row.contact_id,
    contactName: row.contact_name,
    status: row.status,
    closeType: row.close_type,
    assigneeId: row.assignee_id,
    withBot: row.with_bot,
    lastInboundAt: nullableNumber(row.last_inbound_at),
    outgoingSince: nullableNumber(row.outgoing_since),
    lastActivityAt: Number(row.last_activity_at),
    lastMessagePreview: row.last_message_preview,
    unreadCount: Number(row.unread_count),
    createdAt: Number(row.created_at),
    closedAt: nullableNumber(row.closed_at ?? null),
  };
}

export type MessageRow = {
  id: string;
  n: number | string;
  conversation_id: string;
  channel_id: string;
  author: Message['author'];
  agent_id: string | null;
  kind: Message['kind'];
  text: string;
  original_type: string | null;
  status: Message['status'];
  error_code: string | null;
  error_message: string | null;
  external_id: string | null;
  client_id: string | null;
  media?: Message['media'];
  location?: Message['location'];
  transcript?: Message['transcript'];
  form?: Message['form'];
  created_at: number | string;
};

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    author: row.author,
    agentId: row.agent_id,
    kind: row.kind,
    text: row.text,
    originalType: row.original_type,
    status: row.status,
    error: row.error_code === null ? null : { code: row.error_code, message: row.error_message ?? '' },
    externalId: row.external_id,
    clientId: row.client_id,
    media: row.media ?? null,
    location: row.location ?? null,
    transcript: row.transcript ?? null,
    form: row.form ?? null,
    createdAt: Number(row.created_at),
    order: Number(row.n),
  };
}

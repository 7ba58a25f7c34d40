import { describe, expect, it } from 'vitest';
import type { Agent, Conversation, Message } from '../../core/model';
import { toViewerChanges, type ChangeRow, type LoadedEntities } from './toViewerChanges';

const conversation = (id: string, assigneeId: string | null): Conversation => ({
  id,
  channelId: 'ch',
  channel: 'whatsapp',
  contactId: `contact-${id}`,
  contactName: 'C',
  status: 'open',
  closeType: null,
  assigneeId,
  lastInboundAt: 1,
  outgoingSince: null,
  lastActivityAt: 1,
  lastMessagePreview: '',
  unreadCount: 0,
  createdAt: 1,
  closedAt: null,
});
const message = (id: string, conversationId: string): Message => ({
  id,
  conversationId,
  author: 'customer',
  agentId: null,
  kind: 'text',
  text: id,
  originalType: null,
  status: null,
  error: null,
  externalId: null,
  clientId: null,
  media: null,
  location: null,
  transcript: null,
  form: null,
  createdAt: 1,
});
const agent: Agent = { id: 'ben', email: 'b@x', name: 'Ben', role: 'agent', active: true };

const loaded: LoadedEntities = {
  conversations: new Map([
    ['new', conversation('new', null)],
    ['anas', conversation('anas', 'ana')],
    ['bens', conversation('bens', 'ben')],
  ]),
  contacts: new Map(),
  conversationsByContact: new Map(),
  scoped: new Map([
    [
      'message',
      new Map([
        ['m-new', message('m-new', 'new')],
        ['m-anas', message('m-anas', 'anas')],
      ]),
    ],
  ]),
  catalog: new Map([['agent', new Map([['ben', agent]])]]),
};
const row = (
  entity: ChangeRow['entity'],
  entityId: string,
  seq: number,
  visibilitySeq: number | null = null,
): ChangeRow => ({
  entity,
  entityId,
  seq,
  visibilitySeq,
});

describe('toViewerChanges', () => {
  const ben = { id: 'ben', role: 'agent' as const };

  it("gives an agent New and their own conversations, never another agent's messages", () => {
    const rows = [
      row('conversation', 'new', 1),
      row('conversation', 'bens', 2),
      row('message', 'm-new', 3),
      row('message', 'm-anas', 4),
      row('agent', 'ben', 5),
    ];
    expect(toViewerChanges(rows, loaded, ben, 0).map((c) => [c.type, c.data.id])).toEqual([
      ['conversation', 'new'],
      ['conversation', 'bens'],
      ['message', 'm-new'],
      ['agent', 'ben'],
    ]);
  });

  it("removes a conversation that left the viewer's sight after their cursor, and only then", () => {
    const taken = [row('conversation', 'anas', 9, 7)];
    expect(toViewerChanges(taken, loaded, ben, 5)).toEqual([
      { seq: 9, type: 'remove', data: { entity: 'conversation', id: 'anas' } },
    ]);
    expect(toViewerChanges(taken, loaded, ben, 8)).toEqual([]);
    expect(toViewerChanges(taken, loaded, ben, 0)).toEqual([]);
  });

  it('shows an admin everything', () => {
    const rows = [row('conversation', 'anas', 1), row('message', 'm-anas', 2)];
    expect(toViewerChanges(rows, loaded, { id: 'boss', role: 'admin' }, 0)).toHaveLength(2);
  });
});

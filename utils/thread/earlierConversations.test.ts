import { describe, expect, it } from 'vitest';
import { fakeAgent, fakeConversation } from '@/core/testing/fakes';
import { earlierConversations } from './earlierConversations';

const ana = fakeAgent({ id: 'ana', name: 'Ana' });
const ben = fakeAgent({ id: 'ben', name: 'Ben' });
const agents = new Map([ana, ben].map((a) => [a.id, a]));

describe('earlierConversations', () => {
  const current = fakeConversation({ id: 'now', lastActivityAt: 9_000 });
  const transferred = fakeConversation({
    id: 'transferred',
    status: 'closed',
    closeType: 'negative',
    assigneeId: 'ben',
    createdAt: 1_000,
    lastActivityAt: 5_000,
    closedAt: 6_000,
  });
  const automatic = fakeConversation({
    id: 'auto',
    status: 'closed',
    closeType: 'automatic',
    assigneeId: 'gone',
    createdAt: 100,
    lastActivityAt: 200,
    closedAt: null,
  });
  const rows = earlierConversations(
    [
      { conversation: automatic, agentIds: [], messageCount: 1 },
      { conversation: current, agentIds: [], messageCount: 1 },
      { conversation: transferred, agentIds: ['ana'], messageCount: 4 },
    ],
    'now',
    agents,
  );

  it('leaves the current conversation out and puts the newest first', () => {
    expect(rows.map((r) => r.conversation.id)).toEqual(['transferred', 'auto']);
  });

  it('names who wrote first, then the assignee it closed with, and how it ended', () => {
    expect(rows[0]).toMatchObject({ handledBy: ['Ana', 'Ben'], outcome: 'negative', from: 1_000, to: 6_000 });
    expect(rows[0].messageCount).toBe(4);
  });

  it('leaves out an agent the panel no longer knows and falls back to the last activity', () => {
    expect(rows[1]).toMatchObject({ handledBy: [], outcome: 'automatic', to: 200 });
  });

  it('calls a conversation that is not closed open', () => {
    const [row] = earlierConversations(
      [{ conversation: fakeConversation({ id: 'x', assigneeId: 'ana' }), agentIds: ['ana'], messageCount: 2 }],
      'now',
      agents,
    );
    expect(row).toMatchObject({ outcome: 'open', handledBy: ['Ana'] });
  });
});

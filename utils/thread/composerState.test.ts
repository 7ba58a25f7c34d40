import { describe, expect, it } from 'vitest';
import { HOUR } from '@/core/replyWindow';
import { fakeConversation, NOW } from '@/core/testing/fakes';
import { composerState } from './composerState';

const me = { id: 'ag_ana', role: 'agent' as const };
const agents = new Map([['ag_bruno', { name: 'Bruno' }]]);

describe('composerState', () => {
  it('New conversations must be taken first', () => {
    expect(composerState(fakeConversation({ assigneeId: null }), me, agents, NOW)).toMatchObject({
      canTake: true,
      blockedReason: 'Take this conversation to reply',
    });
  });
  it("the bot's conversation is read-only, for an admin too, and offers taking it over", () => {
    for (const who of [me, { id: 'ag_admin', role: 'admin' as const }])
      expect(composerState(fakeConversation({ withBot: true }), who, agents, NOW)).toMatchObject({
        canTake: true,
        withBot: true,
        blockedReason: 'The bot has this conversation. Take it over to reply.',
      });
    expect(composerState(fakeConversation({ withBot: true, status: 'closed' }), me, agents, NOW).canTake).toBe(false);
  });
  it('mine inside the window: free to write', () => {
    expect(composerState(fakeConversation({ assigneeId: 'ag_ana' }), me, agents, NOW)).toEqual({
      blockedReason: null,
      canTake: false,
      hint: null,
    });
  });
  it('mine outside the window: the reason says how long ago it closed', () => {
    const c = fakeConversation({ assigneeId: 'ag_ana', lastInboundAt: NOW - 26 * HOUR });
    expect(composerState(c, me, agents, NOW).blockedReason).toBe(
      'The 24-hour window closed 2 h ago. Only templates can be sent.',
    );
  });
  it('mine outside the window on WhatsApp: only templates, so the picker replaces the composer', () => {
    const c = fakeConversation({ assigneeId: 'ag_ana', lastInboundAt: NOW - 48 * HOUR });
    expect(composerState(c, me, agents, NOW).templatesOnly).toBe(true);
    expect(
      composerState({ ...c, channel: 'instagram', lastInboundAt: NOW - 8 * 24 * HOUR }, me, agents, NOW).templatesOnly,
    ).toBe(false);
    expect(composerState(fakeConversation({ assigneeId: 'ag_ana' }), me, agents, NOW).templatesOnly).toBeUndefined();
  });
  it("someone else's conversation names them", () => {
    expect(composerState(fakeConversation({ assigneeId: 'ag_bruno' }), me, agents, NOW).blockedReason).toMatch(/Bruno/);
  });
  it("an admin may reply in someone else's conversation, as the server allows, and is told whose it is", () => {
    const admin = { id: 'ag_admin', role: 'admin' as const };
    expect(composerState(fakeConversation({ assigneeId: 'ag_bruno' }), admin, agents, NOW)).toEqual({
      blockedReason: null,
      canTake: false,
      hint: 'Assigned to Bruno. You are replying as an admin.',
    });
  });
  it('Messenger past 24 h uses the human-agent tag', () => {
    const c = fakeConversation({ channel: 'messenger', assigneeId: 'ag_ana', lastInboundAt: NOW - 30 * HOUR });
    expect(composerState(c, me, agents, NOW).hint).toMatch(/human-agent tag/);
  });
});

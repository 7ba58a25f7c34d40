import { describe, expect, it } from 'vitest';
import { mayAct } from './mayAct';
import { HOUR } from './replyWindow';
import { NOW, fakeConversation } from './testing/fakes';

const ana = { id: 'ag_ana', role: 'agent' as const };
const ben = { id: 'ag_ben', role: 'agent' as const };
const admin = { id: 'ag_admin', role: 'admin' as const };
const anas = fakeConversation({ assigneeId: 'ag_ana', lastInboundAt: NOW - HOUR });

describe('mayAct', () => {
  it('the assignee replies inside the window', () => {
    expect(mayAct(anas, ana, 'reply', NOW)).toEqual({
      ok: true,
      window: { open: true, closesAt: NOW + 23 * HOUR, humanAgentTag: false },
    });
  });
  it("an admin may reply and act in another agent's conversation; another agent may not", () => {
    for (const act of ['reply', 'template', 'close', 'transfer', 'assign'] as const) {
      expect(mayAct(anas, admin, act, NOW).ok).toBe(true);
    }
    expect(mayAct(anas, ben, 'reply', NOW)).toEqual({ ok: false, reason: 'not_assignee', assigneeId: 'ag_ana' });
    expect(mayAct(anas, ben, 'close', NOW)).toMatchObject({ ok: false, reason: 'not_assignee' });
  });
  it('a conversation with the bot is read-only for everyone until taken over (accept)', () => {
    const withBot = { ...anas, assigneeId: null, withBot: true };
    for (const act of ['reply', 'template', 'close', 'transfer', 'assign'] as const) {
      expect(mayAct(withBot, admin, act, NOW)).toEqual({ ok: false, reason: 'with_bot' });
    }
  });
  it('a New conversation must be taken before a send; an admin may still close, transfer or assign it', () => {
    const waiting = { ...anas, assigneeId: null };
    expect(mayAct(waiting, admin, 'reply', NOW)).toEqual({ ok: false, reason: 'not_taken' });
    expect(mayAct(waiting, admin, 'template', NOW)).toEqual({ ok: false, reason: 'not_taken' });
    expect(mayAct(waiting, admin, 'close', NOW).ok).toBe(true);
    expect(mayAct(waiting, ana, 'close', NOW)).toMatchObject({ ok: false, reason: 'not_assignee' });
  });
  it('nothing is done in a closed conversation', () => {
    for (const act of ['reply', 'template', 'close', 'transfer'] as const) {
      expect(mayAct({ ...anas, status: 'closed' }, ana, act, NOW)).toEqual({ ok: false, reason: 'closed' });
    }
  });
  it('a reply outside the window is refused with the window; a template is not', () => {
    const quiet = { ...anas, lastInboundAt: NOW - 25 * HOUR };
    expect(mayAct(quiet, ana, 'reply', NOW)).toEqual({
      ok: false,
      reason: 'window_closed',
      window: { open: false, reason: 'expired', closedAt: NOW - HOUR },
    });
    expect(mayAct(quiet, ana, 'template', NOW)).toEqual({ ok: true, window: null });
  });
  it('templates are WhatsApp only; assign is for admins only', () => {
    expect(mayAct({ ...anas, channel: 'messenger' }, ana, 'template', NOW)).toEqual({
      ok: false,
      reason: 'not_whatsapp',
    });
    expect(mayAct(anas, ana, 'assign', NOW)).toEqual({ ok: false, reason: 'not_admin' });
  });
});

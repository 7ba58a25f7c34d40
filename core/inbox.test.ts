import { describe, expect, it } from 'vitest';
import { compareInInbox, inboxCounts, inboxOf, type InboxName, type Layout } from './inbox';
import { DAY, HOUR } from './replyWindow';
import type { Conversation } from './model';
import { fakeConversation } from './testing/fakes';

const NOW = Date.UTC(2026, 10, 25, 12);
const me = { id: 'me' };

function conv(overrides: Partial<Conversation> = {}) {
  return fakeConversation({ lastInboundAt: NOW - HOUR, lastActivityAt: NOW - HOUR, ...overrides });
}

const cases: Array<[string, Partial<Conversation>, Layout, InboxName | null]> = [
  ['unassigned open → New (classic)', {}, 'classic', 'new'],
  ['unassigned open → none (beta has no New)', {}, 'beta', null],
  ['mine → Active (classic)', { assigneeId: 'me' }, 'classic', 'active'],
  [
    'mine, expired window → still Active (classic)',
    { assigneeId: 'me', lastInboundAt: NOW - 2 * DAY },
    'classic',
    'active',
  ],
  ['someone else’s → none', { assigneeId: 'other' }, 'classic', null],
  ['someone else’s → none (beta)', { assigneeId: 'other' }, 'beta', null],
  ['mine, window open → Active (beta)', { assigneeId: 'me' }, 'beta', 'active'],
  ['mine, 23h59 → Active (beta)', { assigneeId: 'me', lastInboundAt: NOW - 24 * HOUR + 60_000 }, 'beta', 'active'],
  ['mine, exactly 24h → Expired (beta)', { assigneeId: 'me', lastInboundAt: NOW - 24 * HOUR }, 'beta', 'expired'],
  ['mine, never wrote → Expired (beta)', { assigneeId: 'me', lastInboundAt: null }, 'beta', 'expired'],
  [
    'messenger 3 days → Active with human-agent tag (beta)',
    { assigneeId: 'me', channel: 'messenger', lastInboundAt: NOW - 3 * DAY },
    'beta',
    'active',
  ],
  [
    'messenger 8 days → Expired (beta)',
    { assigneeId: 'me', channel: 'messenger', lastInboundAt: NOW - 8 * DAY, lastActivityAt: NOW - 8 * DAY },
    'beta',
    'expired',
  ],
  [
    'template out, unanswered → Outgoing (beta)',
    { assigneeId: 'me', outgoingSince: NOW - HOUR, lastInboundAt: NOW - 5 * DAY },
    'beta',
    'outgoing',
  ],
  ['closed → none', { assigneeId: 'me', status: 'closed' }, 'classic', null],
  ['30 days quiet → none', { lastActivityAt: NOW - 30 * DAY - 1 }, 'classic', null],
  ['30 days quiet, mine → none (beta)', { assigneeId: 'me', lastActivityAt: NOW - 31 * DAY }, 'beta', null],
  ['exactly 30 days → still shown', { lastActivityAt: NOW - 30 * DAY }, 'classic', 'new'],
  ['with the bot → in no inbox (classic)', { withBot: true }, 'classic', null],
  ['with the bot → in no inbox (beta)', { withBot: true }, 'beta', null],
];

describe('inboxOf', () => {
  it.each(cases)('%s', (_name, overrides, layout, expected) => {
    expect(inboxOf(conv(overrides), me, layout, NOW)).toBe(expected);
  });
});

describe('inboxCounts', () => {
  it('counts each conversation in its inbox', () => {
    const list = [conv(), conv(), conv({ assigneeId: 'me' }), conv({ assigneeId: 'other' })];
    expect(inboxCounts(list, me, 'classic', NOW)).toEqual({ new: 2, active: 1, expired: 0, outgoing: 0 });
  });
});

describe('compareInInbox', () => {
  const row = (id: string, createdAt: number, lastActivityAt: number) => ({ id, createdAt, lastActivityAt });
  const rows = [row('recent', 900, 990), row('oldest', 100, 995), row('middle', 500, 500)];

  it('orders New as a queue: the customer who has waited longest first, however recently they wrote again', () => {
    expect([...rows].sort(compareInInbox('new')).map((r) => r.id)).toEqual(['oldest', 'middle', 'recent']);
  });

  it('orders every other inbox by most recent activity', () => {
    expect([...rows].sort(compareInInbox('active')).map((r) => r.id)).toEqual(['oldest', 'recent', 'middle']);
  });
});

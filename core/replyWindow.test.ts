import { describe, expect, it } from 'vitest';
import { DAY, HOUR, replyWindow } from './replyWindow';
import type { Channel } from './model';

const NOW = Date.UTC(2026, 10, 25, 12);

const cases: Array<[Channel, number | null, { open: boolean; humanAgentTag?: boolean }]> = [
  ['whatsapp', null, { open: false }],
  ['whatsapp', NOW - HOUR, { open: true, humanAgentTag: false }],
  ['whatsapp', NOW - 24 * HOUR + 1, { open: true, humanAgentTag: false }],
  ['whatsapp', NOW - 24 * HOUR, { open: false }],
  ['whatsapp', NOW - 3 * DAY, { open: false }],
  ['messenger', NOW - HOUR, { open: true, humanAgentTag: false }],
  ['messenger', NOW - 2 * DAY, { open: true, humanAgentTag: true }],
  ['messenger', NOW - 7 * DAY + 1, { open: true, humanAgentTag: true }],
  ['messenger', NOW - 7 * DAY, { open: false }],
  ['instagram', NOW - 6 * DAY, { open: true, humanAgentTag: true }],
  ['instagram', NOW - 8 * DAY, { open: false }],
];

describe('replyWindow', () => {
  it.each(cases)('%s, last inbound %s', (channel, lastInboundAt, expected) => {
    expect(replyWindow(channel, lastInboundAt, NOW)).toMatchObject(expected);
  });

  it('says when an open window closes', () => {
    expect(replyWindow('whatsapp', NOW - HOUR, NOW)).toEqual({
      open: true,
      closesAt: NOW + 23 * HOUR,
      humanAgentTag: false,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { HOUR } from '@/core/replyWindow';
import { compactSpan, relativeTime, windowClosedReason, windowLeft } from './time';

const NOW = new Date(2025, 5, 10, 15, 0, 0).getTime();

describe('time formatting', () => {
  it('relative time for list rows', () => {
    expect(relativeTime(NOW - 10_000, NOW)).toBe('now');
    expect(relativeTime(NOW - 5 * 60_000, NOW)).toBe('5m');
    expect(relativeTime(NOW - 3 * HOUR, NOW)).toBe('3h');
    expect(relativeTime(new Date(2025, 5, 9, 1, 0).getTime(), NOW)).toBe('Yesterday');
  });

  it('time left in the reply window comes from core replyWindow', () => {
    expect(windowLeft({ channel: 'whatsapp', lastInboundAt: NOW - 21 * HOUR }, NOW)).toBe('3h left');
    expect(windowLeft({ channel: 'whatsapp', lastInboundAt: NOW - 25 * HOUR }, NOW)).toBeNull();
    // A message newer than the panel's last clock tick reads as a fresh window, not "1d".
    expect(windowLeft({ channel: 'whatsapp', lastInboundAt: NOW + 30_000 }, NOW)).toBe('24h left');
    expect(compactSpan(45 * 60_000)).toBe('45m');
  });

  it('explains a closed window', () => {
    expect(windowClosedReason({ channel: 'whatsapp', lastInboundAt: NOW - 26 * HOUR }, NOW)).toBe(
      'The 24-hour window closed 2 h ago. Only templates can be sent.',
    );
    expect(windowClosedReason({ channel: 'whatsapp', lastInboundAt: null }, NOW)).toMatch(/hasn't written yet/);
    expect(windowClosedReason({ channel: 'whatsapp', lastInboundAt: NOW - HOUR }, NOW)).toBeNull();
  });
});

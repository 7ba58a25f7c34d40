import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR } from '@/core/replyWindow';
import { fakeConversation } from '@/core/testing/fakes';
import { setActiveLanguage } from '@/utils/i18n';
import { rowExpired, rowTime, rowWaiting } from './rowFacts';

const NOW = 1_700_000_000_000;
const MIN = 60_000;

afterEach(() => setActiveLanguage('en'));

describe('a row says when the customer wrote and how long they have waited', () => {
  it('shows the customer’s time, not a later reply of ours', () => {
    const c = fakeConversation({ lastInboundAt: NOW - 2 * DAY, lastActivityAt: NOW - MIN });
    expect(rowTime(c)).toBe(NOW - 2 * DAY);
  });

  it('says "waiting 12 min" in New, in English and Spanish, and nothing once taken', () => {
    const c = fakeConversation({ assigneeId: null, createdAt: NOW - 12 * MIN, lastActivityAt: NOW - 2 * MIN });
    expect(rowWaiting(c, NOW)).toBe('waiting 12 min');
    setActiveLanguage('es');
    expect(rowWaiting(c, NOW)).toBe('esperando 12 min');
    expect(rowWaiting({ ...c, assigneeId: 'ag_1' }, NOW)).toBeNull();
  });

  it('marks an expired conversation "expired — template only" (en/es), not an open window nor Outgoing', () => {
    const expired = fakeConversation({ assigneeId: 'ag_1', lastInboundAt: NOW - 25 * HOUR });
    expect(rowExpired(expired, NOW)).toBe('expired — template only');
    expect(rowExpired({ ...expired, lastInboundAt: NOW - HOUR }, NOW)).toBeNull();
    expect(rowExpired({ ...expired, outgoingSince: NOW - HOUR }, NOW)).toBeNull();
    setActiveLanguage('es');
    expect(rowExpired(expired, NOW)).toBe('vencida — solo plantilla');
  });
});

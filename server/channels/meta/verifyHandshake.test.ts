import { describe, expect, it } from 'vitest';
import { verifyHandshake } from './verifyHandshake';

const query = (overrides: Record<string, string | undefined> = {}) => ({
  'hub.mode': 'subscribe',
  'hub.challenge': '1158201444',
  'hub.verify_token': 'meatyhamhock',
  ...overrides,
});

describe('verifyHandshake', () => {
  it('returns the challenge when mode and token match', () => {
    expect(verifyHandshake(query(), 'meatyhamhock')).toBe('1158201444');
  });

  it.each([
    ['a wrong token', query({ 'hub.verify_token': 'meatyhamhocks' })],
    ['a missing token', query({ 'hub.verify_token': undefined })],
    ['a wrong mode', query({ 'hub.mode': 'unsubscribe' })],
    ['a missing mode', query({ 'hub.mode': undefined })],
    ['a missing challenge', query({ 'hub.challenge': undefined })],
  ])('returns null for %s', (_, q) => {
    expect(verifyHandshake(q, 'meatyhamhock')).toBeNull();
  });

  it('never verifies when no token is configured', () => {
    expect(verifyHandshake(query({ 'hub.verify_token': '' }), '')).toBeNull();
  });
});

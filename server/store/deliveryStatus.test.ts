import { describe, expect, it } from 'vitest';
import type { DeliveryStatus } from '../../core/model';
import { nextDeliveryStatus } from './deliveryStatus';

describe('nextDeliveryStatus', () => {
  const cases: [DeliveryStatus | null, DeliveryStatus, DeliveryStatus][] = [
    [null, 'sent', 'sent'],
    ['pending', 'sent', 'sent'],
    ['sent', 'delivered', 'delivered'],
    ['delivered', 'read', 'read'],
    ['pending', 'read', 'read'],
    ['read', 'delivered', 'read'],
    ['read', 'sent', 'read'],
    ['delivered', 'sent', 'delivered'],
    ['sent', 'pending', 'sent'],
    ['sent', 'failed', 'failed'],
    ['delivered', 'failed', 'failed'],
    ['failed', 'read', 'failed'],
    ['failed', 'sent', 'failed'],
  ];
  it.each(cases)('%s then %s → %s', (current, incoming, expected) => {
    expect(nextDeliveryStatus(current, incoming)).toBe(expected);
  });
});

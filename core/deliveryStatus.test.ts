import { describe, expect, it } from 'vitest';
import type { DeliveryStatus } from './model';
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
    ['pending', 'failed', 'failed'],
    ['sent', 'failed', 'failed'],
    ['failed', 'sent', 'failed'],
    ['failed', 'pending', 'failed'],
    // Delivered and read come from the customer's phone: the message reached them.
    ['delivered', 'failed', 'delivered'],
    ['read', 'failed', 'read'],
    ['failed', 'delivered', 'delivered'],
    ['failed', 'read', 'read'],
  ];
  it.each(cases)('%s then %s → %s', (current, incoming, expected) => {
    expect(nextDeliveryStatus(current, incoming)).toBe(expected);
  });
});

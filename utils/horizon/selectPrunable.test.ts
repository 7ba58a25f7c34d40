import { describe, expect, it } from 'vitest';
import { INBOX_HORIZON } from '@/core/inbox';
import { selectPrunable } from './selectPrunable';

const NOW = Date.UTC(2025, 5, 1);

describe('selectPrunable', () => {
  it('selects conversations quiet for longer than 30 days, and only those', () => {
    const conversations = [
      { id: 'fresh', lastActivityAt: NOW - 1000 },
      { id: 'edge', lastActivityAt: NOW - INBOX_HORIZON },
      { id: 'old', lastActivityAt: NOW - INBOX_HORIZON - 1 },
      { id: 'ancient', lastActivityAt: NOW - 3 * INBOX_HORIZON },
    ];
    expect(selectPrunable(conversations, new Set(), NOW)).toEqual(['old', 'ancient']);
  });

  it('keeps an old conversation the caller must keep (an unsent reply waits on it)', () => {
    const conversations = [
      { id: 'old', lastActivityAt: 0 },
      { id: 'older', lastActivityAt: 0 },
    ];
    expect(selectPrunable(conversations, new Set(['old']), NOW)).toEqual(['older']);
  });
});

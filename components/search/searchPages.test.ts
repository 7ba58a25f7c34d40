import { describe, expect, it } from 'vitest';
import { fakeConversation } from '@/core/testing/fakes';
import { appendPage } from './searchPages';

describe('appendPage', () => {
  it('adds the next page after what is shown, each conversation once', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => fakeConversation({ id }));
    const shown = appendPage([a, b], { conversations: [b, c], nextCursor: null });
    expect(shown.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { firstScreenCounts } from './firstScreenCounts';

describe('firstScreenCounts', () => {
  it("gives classic's New and Active straight from the queue sizes", () => {
    expect(firstScreenCounts('classic', false, { new: 2_000, mine: 12 })).toEqual({
      new: 2_000,
      active: 12,
      expired: null,
      outgoing: null,
    });
  });
  it('knows nothing yet for beta (split by reply window) or under a tag filter', () => {
    expect(firstScreenCounts('beta', false, { new: 1, mine: 2 })).toEqual({
      new: null,
      active: null,
      expired: null,
      outgoing: null,
    });
    expect(firstScreenCounts('classic', true, { new: 1, mine: 2 })).toEqual({
      new: null,
      active: null,
      expired: null,
      outgoing: null,
    });
  });
  it('knows nothing until the sizes are counted, a moment after the first paint', () => {
    expect(firstScreenCounts('classic', false, undefined)).toEqual({
      new: null,
      active: null,
      expired: null,
      outgoing: null,
    });
  });
});

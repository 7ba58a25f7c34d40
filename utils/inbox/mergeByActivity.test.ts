import { describe, expect, it } from 'vitest';
import { mergeByActivity } from './mergeByActivity';

const at = (...times: number[]) => times.map((lastActivityAt) => ({ lastActivityAt, id: `c${lastActivityAt}` }));

describe('mergeByActivity', () => {
  it('interleaves two most-recent-first lists into one', () => {
    expect(mergeByActivity(at(9, 5, 1), at(8, 7, 2)).map((c) => c.lastActivityAt)).toEqual([9, 8, 7, 5, 2, 1]);
  });
  it('keeps either list whole when the other is empty', () => {
    expect(mergeByActivity(at(3, 2), [])).toEqual(at(3, 2));
    expect(mergeByActivity([], at(4))).toEqual(at(4));
  });
  it('puts the first list first on a tie', () => {
    expect(
      mergeByActivity([{ lastActivityAt: 5, id: 'new' }], [{ lastActivityAt: 5, id: 'mine' }]).map((c) => c.id),
    ).toEqual(['new', 'mine']);
  });
});

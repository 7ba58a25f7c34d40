import { describe, expect, it } from 'vitest';
import { parseTags } from './parseTags';

describe('quick reply tags', () => {
  it('splits on commas, trims, drops empties and repeats', () => {
    expect(parseTags(' hours, opening ,, Hours,  shipping ')).toEqual(['hours', 'opening', 'shipping']);
    expect(parseTags('')).toEqual([]);
  });
});

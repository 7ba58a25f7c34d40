import { describe, expect, it } from 'vitest';
import { fakeField } from '@/core/testing/fakes';
import { byPosition, parseChoices, reorderFields } from './reorderFields';

const field = (id: string, position: number) => fakeField({ id, key: id, label: id.toUpperCase(), position });

describe('reorderFields', () => {
  const fields = [field('c', 2), field('a', 0), field('b', 1)];

  it('swaps a field with its neighbour, sending only the two that move', () => {
    expect(reorderFields(fields, 'b', 'up')).toEqual([
      { id: 'b', position: 0 },
      { id: 'a', position: 1 },
    ]);
    expect(reorderFields(fields, 'b', 'down')).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
  });

  it('does nothing past either end or for an unknown field', () => {
    expect(reorderFields(fields, 'a', 'up')).toEqual([]);
    expect(reorderFields(fields, 'c', 'down')).toEqual([]);
    expect(reorderFields(fields, 'zz', 'up')).toEqual([]);
  });

  it('renumbers ties and gaps so the order is unambiguous afterwards', () => {
    const messy = [field('a', 5), field('b', 5), field('c', 9)];
    expect(reorderFields(messy, 'c', 'up')).toEqual([
      { id: 'a', position: 0 },
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
  });

  it('orders by position, then label', () => {
    expect(byPosition([field('b', 1), field('a', 1), field('c', 0)]).map((f) => f.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('parseChoices', () => {
  it('keeps one trimmed choice per non-empty line, without repeats', () => {
    expect(parseChoices(' Gold \n\nSilver\nGold\n  \nBronze')).toEqual(['Gold', 'Silver', 'Bronze']);
  });
});

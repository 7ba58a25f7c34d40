import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../core/model';
import { fieldValueOf } from './flowAnswers';

const fields: Pick<FieldDefinition, 'key' | 'type' | 'choices'>[] = [
  { key: 'name', type: 'text', choices: [] },
  { key: 'age', type: 'number', choices: [] },
  { key: 'birthday', type: 'date', choices: [] },
  { key: 'plan', type: 'choice', choices: ['Basic', 'Pro'] },
];

describe('fieldValueOf', () => {
  it.each([
    ['name', ' Ana ', 'Ana'],
    ['age', '42', 42],
    ['age', 'forty', null],
    ['birthday', '2024-02-29', '2024-02-29'],
    ['birthday', '2023-02-29', null],
    ['plan', 'Pro', 'Pro'],
    ['plan', '0', null],
    ['unknown', 'x', null],
    ['name', '   ', null],
  ])('%s = %j → %j', (name, value, expected) => {
    expect(fieldValueOf(fields, { name, value })).toBe(expected);
  });
});

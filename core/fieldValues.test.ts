import { describe, expect, it } from 'vitest';
import { checkFieldValue, checkFieldValues, isCalendarDate, parseFieldInput } from './fieldValues';
import type { FieldDefinition } from './model';

const def = (type: FieldDefinition['type'], key = 'f', choices: string[] = []) => ({ key, type, choices });

describe('checkFieldValue', () => {
  it.each([
    ['text', 'hello', 'hello'],
    ['text', '  padded  ', 'padded'],
    ['text', '', null],
    ['text', 'x'.repeat(500), 'x'.repeat(500)],
    ['number', 0, 0],
    ['number', -12.5, -12.5],
    // API clients send numbers as text.
    ['number', '3', 3],
    ['number', ' -2.5 ', -2.5],
    ['number', '', null],
    ['date', '2024-02-29', '2024-02-29'],
    ['date', '1999-12-31', '1999-12-31'],
    ['text', null, null],
    ['number', null, null],
    ['date', null, null],
  ] as const)('%s accepts %j as %j', (type, value, expected) => {
    expect(checkFieldValue(def(type), value)).toEqual({ ok: true, value: expected });
  });

  const NOT_A_NUMBER = 'f: not a number';
  it.each([
    ['text', 'x'.repeat(501), 'f: longer than 500 characters'],
    ['text', 42, 'f: not a text'],
    ['number', 'three', NOT_A_NUMBER],
    ['number', '3e5', NOT_A_NUMBER],
    ['number', 'Infinity', NOT_A_NUMBER],
    ['number', true, NOT_A_NUMBER],
    ['number', Number.NaN, NOT_A_NUMBER],
    ['number', Number.POSITIVE_INFINITY, NOT_A_NUMBER],
    ['date', '2023-02-29', 'f: not a date (YYYY-MM-DD)'],
    ['date', '2024-13-01', 'f: not a date (YYYY-MM-DD)'],
    ['date', '2024-04-31', 'f: not a date (YYYY-MM-DD)'],
    ['date', '24-01-01', 'f: not a date (YYYY-MM-DD)'],
    ['date', '2024-1-1', 'f: not a date (YYYY-MM-DD)'],
    ['date', 20240101, 'f: not a date (YYYY-MM-DD)'],
  ] as const)('%s refuses %j: %s', (type, value, message) => {
    expect(checkFieldValue(def(type), value)).toEqual({ ok: false, message });
  });

  it('a choice must be one of the choices, exactly', () => {
    const plan = def('choice', 'plan', ['Basic', 'Pro']);
    expect(checkFieldValue(plan, 'Pro')).toEqual({ ok: true, value: 'Pro' });
    expect(checkFieldValue(plan, 'pro')).toEqual({ ok: false, message: 'plan: not one of "Basic", "Pro"' });
    expect(checkFieldValue(plan, 1)).toEqual({ ok: false, message: 'plan: not one of "Basic", "Pro"' });
  });
});

describe('checkFieldValues', () => {
  const defs = [def('date', 'birthday'), def('number', 'orders')];

  it('names the first bad key', () => {
    expect(checkFieldValues(defs, { orders: 3, birthday: '2024-02-30' })).toEqual({
      ok: false,
      message: 'birthday: not a date (YYYY-MM-DD)',
    });
  });

  it('refuses a key no field defines', () => {
    expect(checkFieldValues(defs, { shoe: 'x' })).toEqual({ ok: false, message: 'shoe: no such information field' });
  });

  it('returns the normalised values, nulls included', () => {
    expect(checkFieldValues(defs, { orders: 3, birthday: null })).toEqual({
      ok: true,
      values: { orders: 3, birthday: null },
    });
  });
});

describe('parseFieldInput and isCalendarDate', () => {
  it('turns input text into the wire value', () => {
    expect(parseFieldInput({ type: 'number' }, ' 12.5 ')).toBe(12.5);
    expect(parseFieldInput({ type: 'number' }, 'twelve')).toBe('twelve');
    expect(parseFieldInput({ type: 'number' }, '  ')).toBeNull();
    expect(parseFieldInput({ type: 'date' }, '2024-01-02')).toBe('2024-01-02');
    expect(parseFieldInput({ type: 'text' }, '')).toBeNull();
  });

  it('knows leap years', () => {
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizePhoneNumber, splitPhoneList } from './phoneNumbers';

describe('campaign phone numbers', () => {
  it('keeps the digits of an international number however it is written', () => {
    expect(normalizePhoneNumber('+55 (11) 98765-0001')).toEqual({ ok: true, phone: '5511987650001' });
    expect(normalizePhoneNumber('0049 151 1234 5678')).toEqual({ ok: true, phone: '4915112345678' });
    expect(normalizePhoneNumber('16505551234')).toEqual({ ok: true, phone: '16505551234' });
  });

  it('says why a number cannot be used', () => {
    expect(normalizePhoneNumber('call me')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a phone number'),
    });
    expect(normalizePhoneNumber('011 2345 6789')).toMatchObject({
      ok: false,
      error: expect.stringContaining('country code'),
    });
    expect(normalizePhoneNumber('+1 555')).toEqual({ ok: false, error: 'too short: 4 digits with the country code' });
    expect(normalizePhoneNumber('+1234567890123456')).toMatchObject({
      ok: false,
      error: expect.stringContaining('too long'),
    });
    expect(normalizePhoneNumber('  ')).toEqual({ ok: false, error: 'empty' });
  });

  it('splits a pasted list on lines, commas and semicolons', () => {
    expect(splitPhoneList('+55 11 1\n\n 44 20 2, 33 3;  ')).toEqual(['+55 11 1', '44 20 2', '33 3']);
  });
});

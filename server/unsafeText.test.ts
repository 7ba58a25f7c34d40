import { describe, expect, it } from 'vitest';
import { cleanParsedJson, findUnsafeText, isUnsafeText, toStorableText } from './unsafeText';

describe('unsafe text', () => {
  it('finds NUL and unpaired surrogates, never a surrogate pair', () => {
    expect(['a\u0000', '\ud800', 'x\udc00', '\udbff\u0041'].map(isUnsafeText)).toEqual([true, true, true, true]);
    expect(['🎉', 'ñ', '', '\ud83c\udf89 ok'].map(isUnsafeText)).toEqual([false, false, false, false]);
  });

  it('cleans text: NUL dropped, a lone surrogate becomes U+FFFD, pairs kept', () => {
    expect(toStorableText('a\u0000b\ud800c🎉\udc00')).toBe('ab\uFFFDc🎉\uFFFD');
  });

  it('names the path of the first unsafe value or key', () => {
    expect(findUnsafeText({ a: [1, 'ok', { b: 'x\u0000' }] })).toEqual(['a', 2, 'b']);
    expect(findUnsafeText({ ok: 1, ['k\ud800']: 2 })).toEqual(['k\ud800']);
    expect(findUnsafeText('\u0000')).toEqual([]);
    expect(findUnsafeText({ a: ['fine', { b: null, c: 2 }] })).toBeNull();
  });

  it('walks very deep values without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(50_000) + '"\\u0000"' + ']'.repeat(50_000));
    expect(findUnsafeText(deep)).toHaveLength(50_000);
    expect(findUnsafeText(cleanParsedJson(deep))).toBeNull();
  });

  it('cleans parsed JSON in place, keys included, without touching prototypes', () => {
    const value = JSON.parse('{"a":["x\\u0000",{"b":"\\ud800"}],"__proto__\\u0000":{"polluted":true}}');
    cleanParsedJson(value);
    expect(value.a).toEqual(['x', { b: '\uFFFD' }]);
    expect(Object.keys(value)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

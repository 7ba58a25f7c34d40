import { describe, expect, it } from 'vitest';
import { isTextInputType, spliceText } from './spliceText';

// The DOM half (events, setters, contenteditable) runs in real Chromium in the e2e suite.
describe('spliceText', () => {
  it('inserts at the caret', () => {
    expect(spliceText('Hello world', 6, 6, 'big ')).toEqual({ value: 'Hello big world', caret: 10 });
  });
  it('replaces the selection', () => {
    expect(spliceText('Hello world', 6, 11, 'there')).toEqual({ value: 'Hello there', caret: 11 });
  });
  it('appends when the field exposes no selection', () => {
    expect(spliceText('abc', null, null, 'd')).toEqual({ value: 'abcd', caret: 4 });
  });
  it('clamps out-of-range selections', () => {
    expect(spliceText('abc', 10, 2, 'd')).toEqual({ value: 'abcd', caret: 4 });
  });
});

describe('isTextInputType', () => {
  it('accepts text-like inputs only', () => {
    expect(['text', 'search', 'EMAIL', null, ''].map(isTextInputType)).toEqual([true, true, true, true, true]);
    expect(['checkbox', 'date', 'password', 'file'].map(isTextInputType)).toEqual([false, false, false, false]);
  });
});

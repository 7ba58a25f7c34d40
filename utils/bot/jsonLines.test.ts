import { describe, expect, it } from 'vitest';
import { lineOfPath, scanJson } from './jsonLines';

const flow = {
  startStepId: 'a',
  steps: [
    { kind: 'message', id: 'a', text: 'Hi', next: 'b' },
    { id: 'b', options: [{ next: null }] },
  ],
};

describe('scanJson', () => {
  it('finds the line of each value in pretty-printed JSON', () => {
    const text = JSON.stringify(flow, null, 2);
    const { lines, error } = scanJson(text);
    expect(error).toBeNull();
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(lineOfPath(lines, ['steps', 0, 'next'])).toBe(lineOf('"next": "b"'));
    expect(lineOfPath(lines, ['steps', 1, 'options', 0, 'next'])).toBe(lineOf('"next": null'));
    expect(lineOfPath(lines, ['startStepId'])).toBe(2);
  });

  it('falls back to the nearest ancestor for a path that is not in the text', () => {
    const text = JSON.stringify(flow, null, 2);
    const { lines } = scanJson(text);
    expect(lineOfPath(lines, ['steps', 1, 'text'])).toBe(lineOfPath(lines, ['steps', 1]));
  });

  it.each([
    ['{\n  "a": 1,\n  "b": ,\n}', 3],
    ['{\n  "a": 1\n  "b": 2\n}', 3],
    ['{\n  "a": "x\n}', 2],
    ['[1, 2]\n\nx', 3],
    ['{\n  a: 1\n}', 2],
  ])('says on which line %j stops being JSON', (text, line) => {
    const { error } = scanJson(text);
    expect(error?.line).toBe(line);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('accepts what JSON.parse accepts', () => {
    for (const text of ['[]', '{}', ' -1.5e3 ', '{"a":[true,false,null,"\\"q\\""]}'])
      expect(scanJson(text).error).toBeNull();
  });
});

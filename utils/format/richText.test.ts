import { describe, expect, it } from 'vitest';
import { tokenizeRichText, type RichToken } from './richText';

const text = (t: string): RichToken => ({ kind: 'text', text: t });
const link = (t: string, href: string): RichToken => ({ kind: 'link', text: t, href });

describe('tokenizeRichText', () => {
  it.each<[string, RichToken[]]>([
    ['hola', [text('hola')]],
    ['*bold*', [{ kind: 'bold', children: [text('bold')] }]],
    ['es _muy_ bueno', [text('es '), { kind: 'italic', children: [text('muy')] }, text(' bueno')]],
    ['~tachado~.', [{ kind: 'strike', children: [text('tachado')] }, text('.')]],
    ['```let x = *1*```', [{ kind: 'mono', text: 'let x = *1*' }]],
    ['*_both_*', [{ kind: 'bold', children: [{ kind: 'italic', children: [text('both')] }] }]],
    // Not formatting: inside words, around spaces, empty, across lines.
    ['2*3*4', [text('2*3*4')]],
    ['snake_case_name', [text('snake_case_name')]],
    ['a * b * c', [text('a * b * c')]],
    ['**', [text('**')]],
    ['*one\ntwo*', [text('*one\ntwo*')]],
    ['*open only', [text('*open only')]],
  ])('formats %j', (input, expected) => {
    expect(tokenizeRichText(input)).toEqual(expected);
  });

  it.each<[string, RichToken[]]>([
    [
      'see https://example.com/a?b=1.',
      [text('see '), link('https://example.com/a?b=1', 'https://example.com/a?b=1'), text('.')],
    ],
    ['www.example.com', [link('www.example.com', 'https://www.example.com/')]],
    ['(https://example.com)', [text('('), link('https://example.com', 'https://example.com/'), text(')')]],
    [
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      [link('https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)')],
    ],
    // An address's underscores are not italics; formatting around a link still applies.
    ['https://x.example/a_b_c', [link('https://x.example/a_b_c', 'https://x.example/a_b_c')]],
    ['*https://example.com*', [{ kind: 'bold', children: [link('https://example.com', 'https://example.com/')] }]],
    ['ana@example.com', [link('ana@example.com', 'mailto:ana@example.com')]],
    ['mailto:ana@example.com', [link('mailto:ana@example.com', 'mailto:ana@example.com')]],
    ['tel:+34600111222', [link('tel:+34600111222', 'tel:+34600111222')]],
    ['```https://example.com```', [{ kind: 'mono', text: 'https://example.com' }]],
  ])('links %j', (input, expected) => {
    expect(tokenizeRichText(input)).toEqual(expected);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'xhttps://example.com',
    'http://localhost',
    '<img src=x onerror=alert(1)>',
  ])('leaves %j as plain text', (input) => {
    const tokens = tokenizeRichText(input);
    expect(tokens.some((token) => token.kind === 'link')).toBe(false);
    expect(tokens.map((token) => (token.kind === 'text' ? token.text : '')).join('')).toBe(input);
  });

  it('keeps the words of a mixed message, in order, without the markers', () => {
    const input = 'Hola *Ana*, mira https://a.example/x_y y _esto_ o ```code``` ~no~';
    const flat = (tokens: RichToken[]): string =>
      tokens.map((tk) => ('children' in tk ? flat(tk.children) : tk.text)).join('');
    expect(flat(tokenizeRichText(input))).toBe('Hola Ana, mira https://a.example/x_y y esto o code no');
  });
});

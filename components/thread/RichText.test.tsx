import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from './RichText';

const html = (text: string) => renderToStaticMarkup(<RichText text={text} tone="light" />);

describe('RichText', () => {
  it('renders styles and links as elements, links opening in a new tab without an opener', () => {
    const out = html('*hola* mira https://example.com/x');
    expect(out).toContain('<strong>hola</strong>');
    expect(out).toMatch(
      /<a href="https:\/\/example.com\/x" target="_blank" rel="noopener noreferrer"[^>]*>https:\/\/example.com\/x<\/a>/,
    );
  });

  it('keeps hostile text inert: escaped, no element or attribute of its own', () => {
    const out = html('<img src=x onerror=alert(1)> *<b>x</b>* javascript:alert(1)');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
    expect(out).not.toContain('href="javascript');
  });
});

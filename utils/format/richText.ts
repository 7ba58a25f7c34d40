// WhatsApp's own text formatting and links, as a token tree the panel renders with plain React
// elements: no HTML is ever parsed, so a customer's text can only ever become text, a style or a
// link whose scheme is on the allow-list below.

export type RichToken =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mono'; text: string }
  | { kind: 'bold' | 'italic' | 'strike'; children: RichToken[] };

const STYLE_OF: Record<string, 'bold' | 'italic' | 'strike'> = { '*': 'bold', _: 'italic', '~': 'strike' };
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// A link candidate: a web address (with a scheme or starting www.), a mailto:/tel: address, or a
// bare e-mail address. Anything else with a colon (javascript:, data:) is left as text.
const LINK =
  /(?:https?:\/\/|www\.)[^\s<>"]+|mailto:[^\s<>"]+|tel:\+?[\d().-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/giu;
// What a sentence, or formatting around a link, puts after it: not part of the address.
const TRAILING = /[.,;:!?'"*_~]+$/u;

interface Range {
  start: number;
  end: number;
  href: string;
}

export function tokenizeRichText(text: string): RichToken[] {
  const tokens: RichToken[] = [];
  let rest = 0;
  // Monospace first: ``` blocks may span lines and nothing inside them is formatted or linked.
  for (const match of text.matchAll(/```([\s\S]+?)```/gu)) {
    tokens.push(...inline(text.slice(rest, match.index)));
    tokens.push({ kind: 'mono', text: match[1] });
    rest = match.index + match[0].length;
  }
  tokens.push(...inline(text.slice(rest)));
  return tokens;
}

function inline(text: string): RichToken[] {
  if (!text) return [];
  return styled(text, 0, text.length, findLinks(text));
}

export function findLinks(text: string): Range[] {
  const ranges: Range[] = [];
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    // Part of a longer word (e.g. "xhttps://"): not a link.
    if (start > 0 && isWordChar(text[start - 1])) continue;
    const raw = trimUnbalanced(match[0].replace(TRAILING, ''));
    const href = safeHref(raw);
    if (href) ranges.push({ start, end: start + raw.length, href });
  }
  return ranges;
}

/** A closing parenthesis belongs to the address only when the address opened one ("…/Foo_(bar)"). */
function trimUnbalanced(raw: string): string {
  let out = raw;
  while (out.endsWith(')') && count(out, '(') < count(out, ')')) out = out.slice(0, -1).replace(TRAILING, '');
  return out;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

export function safeHref(raw: string): string | null {
  const candidate = /^www\./iu.test(raw)
    ? `https://${raw}`
    : /^[\w.+-]+@/u.test(raw) && !/^mailto:/iu.test(raw)
      ? `mailto:${raw}`
      : raw;
  try {
    const url = new URL(candidate);
    if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.includes('.')) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Styles over text[start, end), with the link ranges kept whole (an address often holds "_"). */
function styled(text: string, start: number, end: number, links: Range[]): RichToken[] {
  const out: RichToken[] = [];
  let plainFrom = start;
  let i = start;
  while (i < end) {
    const link = links.find((range) => range.start === i);
    if (link) {
      i = link.end;
      continue;
    }
    const style = STYLE_OF[text[i]];
    const close = style && canOpen(text, i) ? findClose(text, i, end, links) : -1;
    if (close < 0) {
      i++;
      continue;
    }
    out.push(...plain(text, plainFrom, i, links));
    out.push({ kind: style, children: styled(text, i + 1, close, links) });
    i = close + 1;
    plainFrom = i;
  }
  out.push(...plain(text, plainFrom, end, links));
  return out;
}

function plain(text: string, start: number, end: number, links: Range[]): RichToken[] {
  const out: RichToken[] = [];
  let at = start;
  for (const link of links) {
    if (link.start < start || link.end > end) continue;
    if (link.start > at) out.push({ kind: 'text', text: text.slice(at, link.start) });
    out.push({ kind: 'link', text: text.slice(link.start, link.end), href: link.href });
    at = link.end;
  }
  if (end > at) out.push({ kind: 'text', text: text.slice(at, end) });
  return out;
}

// WhatsApp's rule: a marker opens after a space or punctuation and before a non-space, and closes
// after a non-space and before a space, punctuation or the end, on the same line ("2*3*4",
// "snake_case" and "a * b" stay text).
function canOpen(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before !== undefined && (isWordChar(before) || before === text[i])) return false;
  return after !== undefined && !/\s/u.test(after) && after !== text[i];
}

function findClose(text: string, open: number, end: number, links: Range[]): number {
  const marker = text[open];
  for (let j = open + 2; j < end; j++) {
    if (text[j] === '\n') return -1;
    const link = links.find((range) => range.start === j);
    if (link) {
      j = link.end - 1;
      continue;
    }
    if (text[j] !== marker || /\s/u.test(text[j - 1])) continue;
    const after = text[j + 1];
    if (after === undefined || j + 1 === end || !isWordChar(after)) return j;
  }
  return -1;
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

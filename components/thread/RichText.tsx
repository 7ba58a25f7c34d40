import { useMemo, type ReactNode } from 'react';
import { tokenizeRichText, type RichToken } from '@/utils/format/richText';

/** A message's text with WhatsApp's formatting and safe links, built from React elements only. */
export function RichText({ text, tone }: { text: string; tone: 'light' | 'dark' }) {
  const tokens = useMemo(() => tokenizeRichText(text), [text]);
  return <>{render(tokens, tone)}</>;
}

const LINK_TONE = {
  light: 'text-indigo-700 underline decoration-indigo-300 hover:decoration-indigo-700',
  dark: 'text-white underline decoration-white/60 hover:decoration-white',
} as const;

function render(tokens: RichToken[], tone: 'light' | 'dark'): ReactNode[] {
  return tokens.map((token, i) => {
    switch (token.kind) {
      case 'text':
        return token.text;
      case 'link':
        return (
          <a
            key={i}
            href={token.href}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="message-link"
            className={`${LINK_TONE[tone]} rounded-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-400`}
          >
            {token.text}
          </a>
        );
      case 'mono':
        return (
          <code key={i} className="font-mono text-[12px]">
            {token.text}
          </code>
        );
      case 'bold':
        return <strong key={i}>{render(token.children, tone)}</strong>;
      case 'italic':
        return <em key={i}>{render(token.children, tone)}</em>;
      case 'strike':
        return <s key={i}>{render(token.children, tone)}</s>;
    }
  });
}

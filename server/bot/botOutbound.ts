// A bot action that speaks, as what goes to the channel: WhatsApp reply buttons / list / Flow
// (the interactive message), plain text elsewhere. The thread keeps the plain text (a numbered
// menu), so agents read what the customer was offered.
import type { BotAction } from '../../core/bot/botState';
import type { BotLanguage } from '../../core/bot/botWords';
import { numberedMenuText } from '../../core/bot/menuStyle';
import type { OutboundMessage } from '../channels/types';

const LIST_BUTTON: Record<BotLanguage, string> = { en: 'Options', es: 'Opciones' };

type Speaking = Extract<BotAction, { kind: 'text' | 'menu' | 'flowForm' }>;

export function isSpeaking(action: BotAction): action is Speaking {
  return action.kind === 'text' || action.kind === 'menu' || action.kind === 'flowForm';
}

export function toOutbound(
  action: Speaking,
  conversationId: string,
  language: BotLanguage,
): { text: string; outbound: OutboundMessage } {
  if (action.kind === 'text') return { text: action.text, outbound: { kind: 'text', text: action.text } };
  if (action.kind === 'flowForm') {
    const text = `${action.text}\n[${action.cta}]`;
    const flowToken = `${conversationId}:${action.stepId}`;
    return {
      text,
      outbound: {
        kind: 'interactive',
        text,
        body: action.text,
        interactive: { type: 'flow', flowId: action.flowId, cta: action.cta, flowToken },
      },
    };
  }
  if (action.style === 'numbered') return { text: action.text, outbound: { kind: 'text', text: action.text } };
  const text = numberedMenuText(action.text, action.options);
  const interactive =
    action.style === 'buttons'
      ? { type: 'buttons' as const, options: action.options }
      : { type: 'list' as const, button: LIST_BUTTON[language], options: action.options };
  return { text, outbound: { kind: 'interactive', text, body: action.text, interactive } };
}

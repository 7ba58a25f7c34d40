// The bot's interactive messages as the Cloud API takes them (PLATFORM.md §3: reply buttons ≤ 3,
// list rows ≤ 10 in sections, a Flow by id with its CTA and a token that names our conversation).
import type { OutboundInteractive } from '../types';

export function whatsappInteractiveBody(to: string, message: OutboundInteractive) {
  const envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'interactive' };
  const body = { text: message.body };
  const { interactive } = message;
  switch (interactive.type) {
    case 'buttons':
      return {
        ...envelope,
        interactive: {
          type: 'button',
          body,
          action: { buttons: interactive.options.map(({ id, title }) => ({ type: 'reply', reply: { id, title } })) },
        },
      };
    case 'list':
      return {
        ...envelope,
        interactive: {
          type: 'list',
          body,
          action: {
            button: interactive.button,
            sections: [
              { title: interactive.button, rows: interactive.options.map(({ id, title }) => ({ id, title })) },
            ],
          },
        },
      };
    case 'flow':
      return {
        ...envelope,
        interactive: {
          type: 'flow',
          body,
          action: {
            name: 'flow',
            parameters: {
              flow_message_version: '3',
              flow_token: interactive.flowToken,
              flow_id: interactive.flowId,
              flow_cta: interactive.cta,
              flow_action: 'navigate',
            },
          },
        },
      };
  }
}

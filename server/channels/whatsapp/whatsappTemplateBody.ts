// Meta's template message payload (fixtures/whatsapp-send-template-positional-request.json): positional
// body parameters only, which is what Sidedesk's templates declare.
import type { OutboundTemplate } from '../types';

export function whatsappTemplateBody(to: string, message: OutboundTemplate) {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'template',
    template: {
      name: message.name,
      language: { code: message.language },
      // A template without parameters is sent without components, as Meta's examples do.
      ...(message.params.length === 0
        ? {}
        : { components: [{ type: 'body', parameters: message.params.map((text) => ({ type: 'text', text })) }] }),
    },
  };
}

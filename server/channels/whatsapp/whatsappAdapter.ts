// The WhatsApp Cloud API channel, as the server's ChannelAdapter.
import type { ChannelAdapter } from '../types';
import { parseWhatsappWebhook } from './parseWhatsappWebhook';
import { sendWhatsappMessage } from './sendWhatsappMessage';

export const whatsappAdapter: ChannelAdapter = {
  kind: 'whatsapp',
  parse: parseWhatsappWebhook,
  send: (channel, to, message, fetchImpl) => sendWhatsappMessage(channel, to, message, fetchImpl),
};

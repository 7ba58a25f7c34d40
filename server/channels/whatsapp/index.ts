export { whatsappAdapter } from './whatsappAdapter';
export { parseWhatsappWebhook, formatPath } from './parseWhatsappWebhook';
export { sendWhatsappMessage, whatsappSendBody, SEND_TIMEOUT_MS } from './sendWhatsappMessage';
export { describeMessage, type MessageContent } from './describeMessage';

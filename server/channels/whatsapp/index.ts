export { whatsappAdapter } from './whatsappAdapter';
export { parseWhatsappWebhook } from './parseWhatsappWebhook';
export { formatPath } from '../checkPayload';
export { sendWhatsappMessage, whatsappSendBody, SEND_TIMEOUT_MS } from './sendWhatsappMessage';
export { describeMessage, type MessageContent } from './describeMessage';

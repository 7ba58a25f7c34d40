// The channel adapters the server runs: one webhook route pair is mounted per entry
// (/webhooks/whatsapp, /webhooks/messenger, /webhooks/instagram).
import type { Channel } from '../../core/model';
import { instagramAdapter } from './instagram/instagramAdapter';
import { messengerAdapter } from './messenger/messengerAdapter';
import type { ChannelAdapter } from './types';
import { whatsappAdapter } from './whatsapp/whatsappAdapter';

export const adapters: Partial<Record<Channel, ChannelAdapter>> = {
  whatsapp: whatsappAdapter,
  messenger: messengerAdapter,
  instagram: instagramAdapter,
};

export * from './types';

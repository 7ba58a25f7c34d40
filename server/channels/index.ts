// The channel adapters the server runs. Messenger and Instagram are not built yet; they are left
// out (rather than stubbed) so their webhook routes are simply not mounted and a channel row of
// those kinds fails clearly at send time in the caller ("no adapter for messenger").
import type { Channel } from '../../core/model';
import type { ChannelAdapter } from './types';
import { whatsappAdapter } from './whatsapp/whatsappAdapter';

export const adapters: Partial<Record<Channel, ChannelAdapter>> = {
  whatsapp: whatsappAdapter,
};

export * from './types';

// Counts every outbound send by channel and result, around the adapters themselves: each way a
// message leaves (a reply, a template, a retry, a campaign) goes through an adapter's send.
import type { Channel } from '../../core/model';
import type { ChannelAdapter } from '../channels/types';
import type { Metrics } from './createMetrics';

export function instrumentAdapters(
  adapters: Partial<Record<Channel, ChannelAdapter>>,
  metrics: Metrics,
): Partial<Record<Channel, ChannelAdapter>> {
  const counted: Partial<Record<Channel, ChannelAdapter>> = {};
  for (const [channel, adapter] of Object.entries(adapters) as [Channel, ChannelAdapter | undefined][]) {
    if (!adapter) continue;
    counted[channel] = {
      ...adapter,
      async send(...args) {
        try {
          const sent = await adapter.send(...args);
          metrics.outboundSend(channel, 'sent');
          return sent;
        } catch (error) {
          metrics.outboundSend(channel, 'failed');
          throw error;
        }
      },
    };
  }
  return counted;
}

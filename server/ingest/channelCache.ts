// Channels by (kind, external id), remembered between webhooks: every webhook names its channel,
// and the row behind it almost never changes. Only hits are kept (an unknown channel is looked up
// again next time), for a short while, and all is forgotten when a transaction that used the cache
// fails, so a channel changed or removed meanwhile is read afresh.
import type { Channel } from '../../core/model';
import type { ChannelConfig } from '../channels/types';
import type { SecretBox } from '../secrets/secretBox';
import type { Queryable } from '../store/db';
import { findChannelByExternalId } from '../store/repos/channels';

export interface ChannelCache {
  find(q: Queryable, secrets: SecretBox, kind: Channel, externalId: string): Promise<ChannelConfig | null>;
  forget(): void;
}

export function createChannelCache(options: { ttlMs?: number; clock?: () => number } = {}): ChannelCache {
  const ttlMs = options.ttlMs ?? 30_000;
  // Real elapsed time, not the app's clock (tests freeze that).
  const clock = options.clock ?? (() => performance.now());
  const entries = new Map<string, { channel: ChannelConfig; until: number }>();

  return {
    async find(q, secrets, kind, externalId) {
      const key = `${kind} ${externalId}`;
      const entry = entries.get(key);
      if (entry && entry.until > clock()) return entry.channel;
      const channel = await findChannelByExternalId(q, secrets, kind, externalId);
      if (channel) entries.set(key, { channel, until: clock() + ttlMs });
      else entries.delete(key);
      return channel;
    },
    forget() {
      entries.clear();
    },
  };
}

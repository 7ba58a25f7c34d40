// Instagram Direct (a professional account) as the server's ChannelAdapter.
import { fetchMessagingProfile } from '../meta/fetchMessagingProfile';
import { parseMessagingWebhook } from '../meta/parseMessagingWebhook';
import { sendMessagingMessage } from '../meta/sendMessagingMessage';
import type { ChannelAdapter } from '../types';

export const instagramAdapter: ChannelAdapter = {
  kind: 'instagram',
  parse: (payload) => parseMessagingWebhook('instagram', payload),
  send: (channel, to, message, fetchImpl) => sendMessagingMessage(channel, to, message, fetchImpl),
  fetchProfileName: (channel, externalId, fetchImpl) => fetchMessagingProfile(channel, externalId, fetchImpl),
};

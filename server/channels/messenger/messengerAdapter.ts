// Facebook Messenger (a Page's inbox) as the server's ChannelAdapter.
import { fetchMessagingProfile } from '../meta/fetchMessagingProfile';
import { parseMessagingWebhook } from '../meta/parseMessagingWebhook';
import { sendMessagingMessage } from '../meta/sendMessagingMessage';
import type { ChannelAdapter } from '../types';

export const messengerAdapter: ChannelAdapter = {
  kind: 'messenger',
  parse: (payload) => parseMessagingWebhook('messenger', payload),
  send: (channel, to, message, fetchImpl) => sendMessagingMessage(channel, to, message, fetchImpl),
  fetchProfileName: (channel, externalId, fetchImpl) => fetchMessagingProfile(channel, externalId, fetchImpl),
};

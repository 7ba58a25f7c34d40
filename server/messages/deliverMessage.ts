// Hands a pending agent message to its channel and records the outcome. Runs outside any
// transaction: the message is committed as pending before the network call, so a crash or a lost
// response leaves a row the client id finds, never a second send.
import type { Channel, Conversation, Message } from '../../core/model';
import { ChannelSendError, type ChannelAdapter, type OutboundMessage } from '../channels/types';
import type { Log } from '../log';
import type { Store } from '../store/createStore';
import { nextDeliveryStatus } from '../../core/deliveryStatus';
import { findChannelById } from '../store/repos/channels';
import { findContactExternalId } from '../store/repos/contacts';
import { findMessageRow, updateDelivery } from '../store/repos/messages';
import { markSendStarted } from '../store/repos/pendingSends';
import { toMessage } from '../store/rows';
import { UNCERTAIN_SEND } from '../../core/deliveryStatus';
import { lockExternalId, takeParkedStatus } from '../store/repos/parkedStatuses';

export interface DeliverDeps {
  store: Store;
  now: () => number;
  adapters: Partial<Record<Channel, ChannelAdapter>>;
  fetch: typeof fetch;
  log: Log;
}

export async function deliverMessage(
  deps: DeliverDeps,
  message: Message,
  conversation: Conversation,
  /** `outbound` when the message is not plain text (a template), as stored with the message. */
  options: { humanAgentTag: boolean; outbound?: OutboundMessage },
): Promise<Message> {
  const { db } = deps.store;
  const channel = await findChannelById(db, deps.store.secrets, conversation.channelId);
  const to = await findContactExternalId(db, conversation.contactId);
  const adapter = deps.adapters[conversation.channel];
  if (!channel || !to || !adapter) {
    return recordFailure(deps, message, {
      code: 'no_channel',
      message: `No ${conversation.channel} channel is set up to send this.`,
    });
  }
  // Committed before the call: a crash from here on leaves a message the sweep marks uncertain.
  if (!(await deps.store.write((tx) => markSendStarted(tx, message.id, deps.now())))) {
    // The sweep resolved it meanwhile (this process was stalled): never call Meta for it now.
    return toMessage((await findMessageRow(db, message.id))!);
  }
  let externalId: string;
  try {
    const outbound = options.outbound ?? {
      kind: 'text' as const,
      text: message.text,
      ...(options.humanAgentTag ? { humanAgentTag: true } : {}),
    };
    ({ externalId } = await adapter.send(channel, to, outbound, deps.fetch));
  } catch (error) {
    if (error instanceof ChannelSendError)
      return recordFailure(deps, message, { code: error.code, message: error.message });
    deps.log('send failed unexpectedly', { messageId: message.id, error: String(error) });
    const reason = error instanceof Error ? error.message : String(error);
    // Thrown from somewhere in the call: whether it reached Meta is unknown.
    return recordFailure(deps, message, {
      code: UNCERTAIN_SEND,
      message: `Could not reach ${conversation.channel}: ${reason}`,
    });
  }
  return deps.store.write(async (tx, changes) => {
    // A status webhook may already have come for this id (Meta answers fast): apply it now.
    await lockExternalId(tx, channel.id, externalId);
    const parked = await takeParkedStatus(tx, channel.id, externalId);
    const status = parked ? nextDeliveryStatus('sent', parked.status) : 'sent';
    const error =
      status === 'failed'
        ? (parked?.error ?? { code: 'failed', message: 'The platform reported the message as failed.' })
        : null;
    changes.add('message', message.id, conversation.id);
    return updateDelivery(tx, message.id, { status, error, externalId });
  });
}

function recordFailure(
  deps: DeliverDeps,
  message: Message,
  error: { code: string; message: string },
): Promise<Message> {
  return deps.store.write(async (tx, changes) => {
    changes.add('message', message.id, message.conversationId);
    return updateDelivery(tx, message.id, { status: 'failed', error });
  });
}

export { createOutboxRunner } from './createOutboxRunner';
export { deliverOutbox, type DeliverDeps } from './deliverOutbox';
export { localMessageId } from './enqueueOutgoing';
export { enqueueReply, type ReplyDraft } from './enqueueReply';
export { enqueueTemplate, type TemplateDraft } from './enqueueTemplate';
export { retryMessage } from './retryMessage';

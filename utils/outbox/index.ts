export { createOutboxRunner } from './createOutboxRunner';
export { deliverOutbox, type DeliverDeps } from './deliverOutbox';
export { enqueueReply, localMessageId, type ReplyDraft } from './enqueueReply';
export { enqueueTemplate, type TemplateDraft } from './enqueueTemplate';
export { retryMessage } from './retryMessage';

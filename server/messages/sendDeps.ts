// What every send needs (a reply, a template, a retry, a campaign's messages): here so the send
// modules import it from one place instead of from each other.
import type { DeliverDeps } from './deliverMessage';

export type SendDeps = DeliverDeps;

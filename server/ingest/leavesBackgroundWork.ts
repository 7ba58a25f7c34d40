// Whether stored events can have left work for the workers' 'fetch' pass (createWorkers):
// a file to download, or a Messenger/Instagram customer whose name must be asked of Meta. Kicking
// it after every webhook would cost each one a pass over the database for nothing (WhatsApp text
// and statuses leave no such work); what a restart interrupts is resumed by the kick at start.
import type { InboundEvent } from '../channels/types';

export function leavesBackgroundWork(events: InboundEvent[]): boolean {
  return events.some(
    (event) =>
      (event.type === 'message' || event.type === 'echo') &&
      (event.media !== undefined || event.channel !== 'whatsapp'),
  );
}

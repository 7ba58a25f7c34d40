// Background handlers for a customer's tags and information fields: the server decides (and
// checks values by type), then the answer goes into the local copy at once, ahead of the next sync.
// With the server away they are queued in the outbox instead (utils/outbox/editQueue).
import type { SidedeskDb } from '@/utils/db';
import type { EditQueue } from '@/utils/outbox/editQueue';
import type { Handlers, RequireApi } from './handlerTypes';

export interface CustomerInfoDeps {
  db: SidedeskDb;
  requireApi: RequireApi;
  /** Queued when the server can't be reached, in order, per customer. */
  edits: EditQueue;
}

export function createCustomerInfoHandlers({
  db,
  requireApi,
  edits,
}: CustomerInfoDeps): Pick<Handlers, 'setContactTag' | 'setContactFields'> {
  return {
    async setContactTag({ contactId, tagId, on }) {
      await edits.run({ kind: 'tag', contactId, tagId, on }, null, async () => {
        const { contact } = await (await requireApi()).setContactTag(contactId, tagId, on);
        await db.contacts.put(contact);
      });
    },
    async setContactFields({ contactId, values }) {
      await edits.run({ kind: 'fields', contactId, values }, null, async () => {
        const { contact } = await (await requireApi()).setContactFields(contactId, values);
        await db.contacts.put(contact);
      });
    },
  };
}

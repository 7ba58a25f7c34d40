// Background handlers for a customer's tags and information fields: the server decides (and
// checks values by type), then the answer goes into the local copy at once, ahead of the next sync.
import type { SidedeskDb } from '@/utils/db';
import type { Handlers, RequireApi } from './handlerTypes';

export interface CustomerInfoDeps {
  db: SidedeskDb;
  requireApi: RequireApi;
}

export function createCustomerInfoHandlers({
  db,
  requireApi,
}: CustomerInfoDeps): Pick<Handlers, 'setContactTag' | 'setContactFields'> {
  return {
    async setContactTag({ contactId, tagId, on }) {
      const { contact } = await (await requireApi()).setContactTag(contactId, tagId, on);
      await db.contacts.put(contact);
    },
    async setContactFields({ contactId, values }) {
      const { contact } = await (await requireApi()).setContactFields(contactId, values);
      await db.contacts.put(contact);
    },
  };
}

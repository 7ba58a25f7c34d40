// A customer's tags and information-field values.
import { ContactResponse, type SetContactFieldsRequest } from '@/core/api/contacts';
import type { Requester } from './request';

export function createContactsClient(request: Requester) {
  const path = (contactId: string) => `/v1/contacts/${encodeURIComponent(contactId)}`;
  return {
    setContactTag: (contactId: string, tagId: string, on: boolean) =>
      request.json(ContactResponse, `${path(contactId)}/tags/${encodeURIComponent(tagId)}`, {
        method: on ? 'PUT' : 'DELETE',
      }),
    setContactFields: (contactId: string, values: SetContactFieldsRequest['values']) =>
      request.json(ContactResponse, `${path(contactId)}/fields`, { method: 'PUT', body: { values } }),
  };
}

// Page context: the customers behind normalised phone numbers and emails, and a conversation
// started with a template to a WhatsApp number.
import {
  ContactMatchResponse,
  StartConversationResponse,
  type ContactMatchRequest,
  type StartConversationRequest,
} from '@/core/api/pageContext';
import type { Requester } from './request';

export function createPageContextClient(request: Requester) {
  return {
    matchContacts: (body: ContactMatchRequest) =>
      request.json(ContactMatchResponse, '/v1/contacts/match', { method: 'POST', body }),
    startConversation: (body: StartConversationRequest) =>
      request.json(StartConversationResponse, '/v1/conversations', { method: 'POST', body }),
  };
}

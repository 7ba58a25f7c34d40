// Dead letters (admin): webhooks the server could not store, and their replay after a fix.
import { DeadLetterResponse, DeadLettersResponse } from '@/core/api/deadLetters';
import type { Requester } from './request';

export function createDeadLettersClient(request: Requester) {
  return {
    listDeadLetters: () => request.json(DeadLettersResponse, '/v1/dead-letters'),
    replayDeadLetter: (deadLetterId: string) =>
      request.json(DeadLetterResponse, `/v1/dead-letters/${encodeURIComponent(deadLetterId)}/replay`, {
        method: 'POST',
      }),
  };
}

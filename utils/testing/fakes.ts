// Test-only helpers for the extension: a fresh database and a scripted fake `fetch`. The wire-type
// factories (fakeConversation, fakeMessage, ...) are core/testing/fakes.ts, shared with the server.
import { createDb, type SidedeskDb } from '@/utils/db';

let dbSeq = 0;
/** A database no other test shares. */
export function freshDb(): SidedeskDb {
  dbSeq += 1;
  return createDb(`sidedesk-test-${dbSeq}-${Math.random().toString(36).slice(2)}`);
}

export interface Recorded {
  method: string;
  url: URL;
  body: unknown;
}

type Route = (req: Recorded) => Response | Promise<Response>;

/** A fetch that answers from a handler and records each request; throw from it to simulate offline. */
export function fakeFetch(route: Route) {
  const calls: Recorded[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req: Recorded = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(req);
    return route(req);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

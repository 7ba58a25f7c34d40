// Helpers shared by the lifecycle tests: a conversation from a fresh customer, taken by an agent,
// and sync reads that name what a viewer received.
import { expect } from 'vitest';
import type { Change } from '../../core/model';
import type { SignedIn, TestServer } from './createTestServer';
import { fakeInboundMessage } from './fakes';

export async function newConversation(t: TestServer, admin: SignedIn, text: string): Promise<string> {
  await t.ingest(fakeInboundMessage({ text, timestamp: t.clock.now() }));
  const list = await t.call('GET', `/v1/conversations?q=${encodeURIComponent(text)}`, { token: admin.token });
  return list.body.conversations[0].id;
}

export async function takenBy(t: TestServer, admin: SignedIn, who: SignedIn, text: string): Promise<string> {
  const id = await newConversation(t, admin, text);
  expect((await t.call('POST', `/v1/conversations/${id}/accept`, { token: who.token })).status).toBe(200);
  return id;
}

export async function syncFor(t: TestServer, who: SignedIn, since = 0): Promise<{ changes: Change[]; cursor: number }> {
  const result = await t.call('GET', `/v1/sync?since=${since}`, { token: who.token });
  expect(result.status).toBe(200);
  return result.body;
}

export const removedConversations = (changes: Change[]) =>
  changes.flatMap((c) => (c.type === 'remove' && c.data.entity === 'conversation' ? [c.data.id] : []));
export const conversationsIn = (changes: Change[]) =>
  changes.flatMap((c) => (c.type === 'conversation' ? [c.data] : []));
export const notesIn = (changes: Change[]) => changes.flatMap((c) => (c.type === 'note' ? [c.data] : []));

import { describe, expect, it } from 'vitest';
import { fakeNote } from '@/core/testing/fakes';
import { THREAD_PAGE, grownLimit, notesInWindow, prependedCount, shouldLoadOlder, windowOf } from './messageWindow';

const msgs = (...times: number[]) => times.map((createdAt) => ({ id: `m${createdAt}`, createdAt }));
const note = (createdAt: number) =>
  fakeNote({ id: `n${createdAt}`, conversationId: 'c', agentId: 'a', text: '', createdAt });

describe('windowOf', () => {
  it('keeps the newest `limit`, oldest first, and tells that older ones exist', () => {
    expect(windowOf(msgs(5, 4, 3), 2)).toEqual({ messages: msgs(4, 5), hasOlder: true, limit: 2 });
  });
  it('has no older messages when the read came back short of limit + 1', () => {
    expect(windowOf(msgs(2, 1), 2)).toEqual({ messages: msgs(1, 2), hasOlder: false, limit: 2 });
    expect(windowOf([], 2).hasOlder).toBe(false);
  });
});

describe('grownLimit', () => {
  it('grows by a page once the current window is answered and more exist', () => {
    expect(
      grownLimit(THREAD_PAGE, windowOf(msgs(...Array.from({ length: THREAD_PAGE + 1 }, (_, i) => i)), THREAD_PAGE)),
    ).toBe(2 * THREAD_PAGE);
  });
  it('waits for the answer to the last growth, and stops at the first message', () => {
    expect(grownLimit(2 * THREAD_PAGE, windowOf(msgs(3, 2, 1), THREAD_PAGE))).toBe(2 * THREAD_PAGE);
    expect(grownLimit(THREAD_PAGE, undefined)).toBe(THREAD_PAGE);
    expect(grownLimit(THREAD_PAGE, windowOf(msgs(2, 1), THREAD_PAGE))).toBe(THREAD_PAGE);
  });
});

describe('shouldLoadOlder', () => {
  it('loads near the top only while older messages exist', () => {
    expect(shouldLoadOlder(10, true)).toBe(true);
    expect(shouldLoadOlder(10, false)).toBe(false);
    expect(shouldLoadOlder(5_000, true)).toBe(false);
  });
});

describe('notesInWindow', () => {
  it('holds back notes older than the window while older messages are unread', () => {
    expect(
      notesInWindow([note(1), note(5), note(9)], { messages: msgs(4, 8), hasOlder: true }).map((n) => n.createdAt),
    ).toEqual([5, 9]);
  });
  it('shows every note once the whole thread is read', () => {
    expect(notesInWindow([note(1), note(9)], { messages: msgs(4, 8), hasOlder: false })).toHaveLength(2);
    expect(notesInWindow([note(1)], { messages: [], hasOlder: false })).toHaveLength(1);
  });
});

describe('prependedCount', () => {
  it('counts rows added above the previous first one', () => {
    expect(prependedCount('c', ['a', 'b', 'c', 'd'])).toBe(2);
    expect(prependedCount('a', ['a', 'b'])).toBe(0);
    expect(prependedCount(undefined, ['a'])).toBe(0);
    expect(prependedCount('gone', ['a', 'b'])).toBe(0);
  });
});

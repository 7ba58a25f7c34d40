import { describe, expect, it } from 'vitest';
import type { ContactMatch } from './api/pageContext';
import { rankContactMatches } from './pageMatches';
import { fakeContact, fakeConversation } from './testing/fakes';

const match = (id: string, matched: string[], open: boolean, lastActivityAt = 1000): ContactMatch => {
  const latest = fakeConversation({ id: `cv_${id}`, contactId: id, lastActivityAt, status: open ? 'open' : 'closed' });
  return { contact: fakeContact({ id }), matched, current: open ? latest : null, latest, conversationCount: 1 };
};
const order = (matches: ContactMatch[], page: string[]) => rankContactMatches(matches, page).map((m) => m.contact.id);

describe('best match first', () => {
  it('the customer the page names most comes first (a record shows one person’s phone and email)', () => {
    expect(order([match('a', ['111'], true), match('b', ['222', 'b@x.co'], false)], ['111', '222', 'b@x.co'])).toEqual([
      'b',
      'a',
    ]);
  });
  it('then one with a current conversation, then page order, then recent activity', () => {
    expect(order([match('a', ['111'], false), match('b', ['222'], true)], ['111', '222'])).toEqual(['b', 'a']);
    expect(order([match('a', ['222'], true), match('b', ['111'], true)], ['111', '222'])).toEqual(['b', 'a']);
    expect(order([match('a', ['111'], true, 5), match('b', ['111'], true, 9)], ['111'])).toEqual(['b', 'a']);
  });
  it('does not reorder its input', () => {
    const input = [match('a', ['111'], false), match('b', ['222'], true)];
    rankContactMatches(input, ['111', '222']);
    expect(input.map((m) => m.contact.id)).toEqual(['a', 'b']);
  });
});

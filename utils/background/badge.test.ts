import { describe, expect, it } from 'vitest';
import { NOW, fakeAgent, fakeConversation } from '@/core/testing/fakes';
import { freshDb } from '@/utils/testing/fakes';
import { refreshBadge } from './badge';

describe('refreshBadge', () => {
  it('counts New plus my conversations with unread messages, not a colleague’s or read ones', async () => {
    const db = freshDb();
    const me = fakeAgent({ id: 'ag_me' });
    await db.session.put({ id: 'me', agent: me, serverUrl: 'http://x' });
    await db.conversations.bulkPut([
      fakeConversation({ id: 'a', assigneeId: null, lastActivityAt: NOW }),
      fakeConversation({ id: 'b', assigneeId: 'ag_me', unreadCount: 2, lastActivityAt: NOW }),
      fakeConversation({ id: 'c', assigneeId: 'ag_me', unreadCount: 0, lastActivityAt: NOW }),
      fakeConversation({ id: 'd', assigneeId: 'ag_other', unreadCount: 3, lastActivityAt: NOW }),
      fakeConversation({ id: 'e', assigneeId: null, lastActivityAt: NOW - 40 * 86_400_000 }),
    ]);
    const texts: string[] = [];
    const action = {
      setBadgeBackgroundColor: async () => undefined,
      setBadgeText: async ({ text }: { text: string }) => void texts.push(text),
    };
    expect(await refreshBadge(db, action as never, NOW)).toBe(2);
    expect(texts).toEqual(['2']);
  });
});

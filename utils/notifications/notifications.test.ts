import { beforeEach, describe, expect, it } from 'vitest';
import type { Change, Conversation } from '@/core/model';
import type { SidedeskDb } from '@/utils/db';
import { en } from '@/utils/i18n/en';
import { DEFAULT_NOTIFICATION_PREFS } from '@/utils/prefs/notificationPrefs';
import { applyChanges } from '@/utils/sync/applyChanges';
import { NOW, fakeConversation, fakeMessage } from '@/core/testing/fakes';
import { freshDb } from '@/utils/testing/fakes';
import type { Arrival } from './arrivals';
import { conversationIdOf, planNotifications, type NotifyContext } from './planNotifications';

const batch = (since: number, changes: Change[], cursor: number) => ({
  since,
  response: { changes, cursor, hasMore: false },
});
const conv = (seq: number, o: Partial<Conversation> = {}): Change => ({
  seq,
  type: 'conversation',
  data: fakeConversation(o),
});
const msg = (seq: number, id: string, o: Parameters<typeof fakeMessage>[0] = {}): Change => ({
  seq,
  type: 'message',
  data: fakeMessage({ id, ...o }),
});

describe('arrivals from the apply step', () => {
  let db: SidedeskDb;
  beforeEach(async () => {
    db = freshDb();
    // The first sync (cursor 0) brings history: nothing in it is "new" to notify about.
    const first = await applyChanges(
      db,
      batch(0, [conv(1, { id: 'cv_old' }), msg(2, 'ms_old', { conversationId: 'cv_old' })], 2),
      NOW,
    );
    expect(first.arrivals).toEqual([]);
  });

  it('reports a conversation entering New and a customer message we did not have', async () => {
    const res = await applyChanges(
      db,
      batch(2, [conv(3, { id: 'cv_new' }), msg(4, 'ms_new', { conversationId: 'cv_new', text: 'Hola' })], 4),
      NOW,
    );
    expect(res.arrivals).toEqual([
      { kind: 'newConversation', conversationId: 'cv_new' },
      { kind: 'customerMessage', conversationId: 'cv_new', messageId: 'ms_new', text: 'Hola', messageKind: 'text' },
    ]);
  });

  it('a replayed batch brings nothing twice: not when dropped, not when the same changes come again', async () => {
    const changes = [conv(3, { id: 'cv_new' }), msg(4, 'ms_new', { conversationId: 'cv_new' })];
    expect((await applyChanges(db, batch(2, changes, 4), NOW)).arrivals).toHaveLength(2);
    expect((await applyChanges(db, batch(2, changes, 4), NOW)).arrivals).toEqual([]);
    expect((await applyChanges(db, batch(4, changes, 6), NOW)).arrivals).toEqual([]);
  });

  it('an update to a conversation already in New, and agent messages, are not arrivals', async () => {
    const res = await applyChanges(
      db,
      batch(
        2,
        [
          conv(3, { id: 'cv_old', lastMessagePreview: 'x' }),
          msg(4, 'ms_a', { conversationId: 'cv_old', author: 'agent' }),
        ],
        4,
      ),
      NOW,
    );
    expect(res.arrivals).toEqual([]);
  });

  it('a conversation handed back to New arrives again', async () => {
    await applyChanges(db, batch(2, [conv(3, { id: 'cv_old', assigneeId: 'ag_1' })], 3), NOW);
    const res = await applyChanges(db, batch(3, [conv(4, { id: 'cv_old', assigneeId: null })], 4), NOW);
    expect(res.arrivals).toEqual([{ kind: 'newConversation', conversationId: 'cv_old' }]);
  });
});

describe('planNotifications', () => {
  const mine = fakeConversation({ id: 'cv_mine', assigneeId: 'ag_me', contactName: 'Ana' });
  const theirs = fakeConversation({ id: 'cv_theirs', assigneeId: 'ag_other' });
  const waiting = fakeConversation({ id: 'cv_wait', assigneeId: null, contactName: 'Luis', lastMessagePreview: 'Hi' });
  const ctx = (o: Partial<NotifyContext> = {}): NotifyContext => ({
    meId: 'ag_me',
    prefs: DEFAULT_NOTIFICATION_PREFS,
    panelVisible: false,
    conversations: new Map([mine, theirs, waiting].map((c) => [c.id, c])),
    strings: en,
    ...o,
  });
  const message = (conversationId: string, id = 'ms_x', text = 'Any news?'): Arrival => ({
    kind: 'customerMessage',
    conversationId,
    messageId: id,
    text,
    messageKind: 'text',
  });
  const arrivals: Arrival[] = [
    { kind: 'newConversation', conversationId: 'cv_wait' },
    message('cv_wait', 'ms_w'),
    message('cv_mine'),
    message('cv_theirs'),
  ];

  it('notifies a new conversation in New and a customer message in mine, not in a colleague’s', () => {
    const planned = planNotifications(arrivals, ctx());
    expect(planned.map((n) => [n.conversationId, n.kind, n.title, n.message])).toEqual([
      ['cv_wait', 'newConversation', 'New conversation from Luis', 'Hi'],
      ['cv_mine', 'customerMessage', 'Ana wrote', 'Any news?'],
    ]);
    expect(conversationIdOf(planned[1]!.notificationId)).toBe('cv_mine');
  });

  it('respects each switch', () => {
    expect(
      planNotifications(arrivals, ctx({ prefs: { newConversations: false, myConversationMessages: true } })).map(
        (n) => n.conversationId,
      ),
    ).toEqual(['cv_mine']);
    expect(
      planNotifications(arrivals, ctx({ prefs: { newConversations: true, myConversationMessages: false } })).map(
        (n) => n.conversationId,
      ),
    ).toEqual(['cv_wait']);
  });

  it('stays quiet while a panel is visible or nobody is signed in', () => {
    expect(planNotifications(arrivals, ctx({ panelVisible: true }))).toEqual([]);
    expect(planNotifications(arrivals, ctx({ meId: null }))).toEqual([]);
  });

  it('one notification per conversation, with the latest message; none when taken in the same batch', () => {
    const planned = planNotifications([message('cv_mine', 'a', 'first'), message('cv_mine', 'b', 'second')], ctx());
    expect(planned.map((n) => n.message)).toEqual(['second']);
    const taken = new Map([[waiting.id, { ...waiting, assigneeId: 'ag_other' }]]);
    expect(
      planNotifications([{ kind: 'newConversation', conversationId: 'cv_wait' }], ctx({ conversations: taken })),
    ).toEqual([]);
  });
});

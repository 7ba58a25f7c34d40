// Page-side seeding for bench/panelScale.ts: runs INSIDE the side panel page (extension origin) and
// writes straight into the extension's own IndexedDB database ('sidedesk', utils/db) with the raw
// API, importing nothing. Records have the shapes of core/model; `queueKey` and `waitingSince` are what
// the extension's conversations middleware (utils/db/queueKey.ts) derives on every write, written here
// too because raw writes bypass Dexie (harmless extra fields for builds without those indexes).

export interface SeedPlan {
  /** Conversations besides the big one. */
  conversations: number;
  /** Messages in the big conversation. */
  bigMessages: number;
  me: string;
  now: number;
  /** When true, only the small floor conversation (1 message) is written; otherwise it is written too. */
  floorOnly: boolean;
  /** The ids below, passed in: a function run in the page sees none of this module. */
  bigId: string;
  floorId: string;
}

export const BIG_ID = 'scale-big';
export const FLOOR_ID = 'scale-floor';
/** The floor thread's one message (seedInPage cannot see this module: it writes the same id). */
export const FLOOR_MESSAGE_ID = 'scale-floor-m1';

/** In the page: seeds the local copy; resolves with the id of the newest message of the opened thread. */
export async function seedInPage(plan: SeedPlan): Promise<string> {
  const DAY = 86_400_000;
  const { bigId: BIG_ID, floorId: FLOOR_ID } = plan;
  const bigMessageId = (i: number) => `${BIG_ID}-m${String(i).padStart(5, '0')}`;
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const open = indexedDB.open('sidedesk');
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  const others = ['scale-agent-1', 'scale-agent-2', 'scale-agent-3'];
  const channels = ['whatsapp', 'messenger', 'instagram'] as const;
  // Deterministic pseudo-random numbers: the same local copy on every run.
  let state = 42;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const conversation = (
    id: string,
    contactId: string,
    name: string,
    assigneeId: string | null,
    status: 'open' | 'closed',
    at: number,
    preview: string,
    createdAt = at - DAY,
  ) => ({
    id,
    channelId: 'scale-channel',
    channel: channels[id.length % 3],
    contactId,
    contactName: name,
    status,
    closeType: status === 'closed' ? 'positive' : null,
    assigneeId,
    lastInboundAt: at - 60_000,
    outgoingSince: null,
    lastActivityAt: at,
    lastMessagePreview: preview,
    unreadCount: 0,
    createdAt,
    closedAt: status === 'closed' ? at : null,
    ...(status === 'open' ? { queueKey: assigneeId ?? '', waitingSince: Math.min(createdAt, at) } : {}),
  });
  const contact = (id: string, name: string, tagIds: string[]) => ({
    id,
    channel: 'whatsapp',
    externalId: id,
    name,
    phone: null,
    firstContactAt: plan.now - 40 * DAY,
    tagIds,
    fields: {},
  });
  // `order` is the server's storage order: the thread reads the [conversationId+order] index, and
  // a record without it is in no index range (the thread would never show it).
  const message = (id: string, conversationId: string, i: number, at: number) => {
    const agent = i % 3 === 2;
    return {
      id,
      conversationId,
      order: i + 1,
      author: agent ? 'agent' : 'customer',
      agentId: agent ? plan.me : null,
      kind: 'text',
      text: `Message ${i} of the thread${i % 7 === 0 ? ': a longer one, so that bubbles differ in height and wrap over two or three lines in the panel' : ''}`,
      originalType: null,
      status: agent ? 'read' : null,
      error: null,
      externalId: null,
      clientId: null,
      media: null,
      location: null,
      createdAt: at,
    };
  };

  const conversations: object[] = [];
  const contacts: object[] = [];
  const messages: object[] = [];
  let newest = '';
  // The floor's conversation, in every copy: the second longest waiting (the big one waited longer).
  conversations.push(
    conversation(
      FLOOR_ID,
      'scale-floor-k',
      'Floor Customer',
      null,
      'open',
      plan.now,
      'The only message',
      plan.now - 30 * DAY,
    ),
  );
  contacts.push(contact('scale-floor-k', 'Floor Customer', []));
  messages.push(message('scale-floor-m1', FLOOR_ID, 1, plan.now));
  newest = 'scale-floor-m1';
  if (!plan.floorOnly) {
    for (let i = 0; i < plan.conversations; i++) {
      const kind = i % 10; // 0-1 New, 2-3 mine, 4-8 others', 9 closed
      const assignee = kind <= 1 ? null : kind <= 3 ? plan.me : others[i % 3];
      const at = plan.now - Math.floor(random() * 29 * DAY) - 60_000;
      const id = `scale-c${String(i).padStart(5, '0')}`;
      const name = `Customer ${i}`;
      conversations.push(
        conversation(
          id,
          `scale-k${i}`,
          name,
          assignee,
          kind === 9 ? 'closed' : 'open',
          at,
          `Last words of customer ${i}`,
        ),
      );
      contacts.push(
        contact(
          `scale-k${i}`,
          name,
          i % 4 === 0 ? ['scale-tag-vip'] : i % 4 === 1 ? ['scale-tag-lead', 'scale-tag-vip'] : [],
        ),
      );
    }
    conversations.push(
      conversation(
        BIG_ID,
        'scale-big-k',
        'Big Thread',
        null,
        'open',
        plan.now,
        `Message ${plan.bigMessages - 1} of the thread`,
        // The customer who has waited longest (New is a queue): the first row of the first screen.
        plan.now - 31 * DAY,
      ),
    );
    contacts.push(contact('scale-big-k', 'Big Thread', ['scale-tag-vip']));
    const start = plan.now - 20 * DAY;
    const step = Math.floor((20 * DAY) / plan.bigMessages);
    for (let i = 0; i < plan.bigMessages; i++) messages.push(message(bigMessageId(i), BIG_ID, i, start + i * step));
    newest = bigMessageId(plan.bigMessages - 1);
  }
  const tags = [
    { id: 'scale-tag-vip', name: 'VIP', color: '#d97706' },
    { id: 'scale-tag-lead', name: 'Lead', color: '#2563eb' },
  ];
  await new Promise<void>((done, fail) => {
    const tx = db.transaction(['conversations', 'contacts', 'messages', 'tags'], 'readwrite');
    for (const c of conversations) tx.objectStore('conversations').put(c);
    for (const c of contacts) tx.objectStore('contacts').put(c);
    for (const m of messages) tx.objectStore('messages').put(m);
    if (!plan.floorOnly) for (const tag of tags) tx.objectStore('tags').put(tag);
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  return newest;
}

/** In the page: the signed-in agent's id, from the session record the worker mirrored. */
export async function myIdInPage(): Promise<string> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const open = indexedDB.open('sidedesk');
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  const record = await new Promise<{ agent: { id: string } }>((done, fail) => {
    const get = db.transaction('session').objectStore('session').get('me');
    get.onsuccess = () => done(get.result);
    get.onerror = () => fail(get.error);
  });
  db.close();
  return record.agent.id;
}

/** In the page: empties the conversations, messages and contacts of the local copy (the demo's two). */
export async function clearInPage(): Promise<void> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const open = indexedDB.open('sidedesk');
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  await new Promise<void>((done, fail) => {
    const tx = db.transaction(['conversations', 'contacts', 'messages'], 'readwrite');
    for (const name of ['conversations', 'contacts', 'messages']) tx.objectStore(name).clear();
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

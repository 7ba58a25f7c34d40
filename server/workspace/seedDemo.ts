// The demo workspace: three people, a simulated WhatsApp number, and a few conversations that
// arrive through the real ingest path, so they behave exactly like customers' messages. Safe to
// run on every start: agents are found by email, conversations are made only once.
import type { InboundMessageEvent } from '../channels/types';
import { ingestEvents } from '../ingest/ingestEvents';
import type { Log } from '../log';
import { simulatorGraphUrl } from '../simulator/index';
import type { Store } from '../store/createStore';
import { upsertChannel } from '../store/repos/channels';
import { claimConversation } from '../store/repos/conversations';
import { ensureAgent } from './ensureAgent';
import { seedDemoBot } from './seedDemoBot';
import { seedDemoTemplates } from './seedDemoTemplates';

export const DEMO_PASSWORD = 'sidedesk';
export const DEMO_PHONE_NUMBER_ID = '100000000000001';
export const DEMO_AGENTS = [
  { email: 'admin@sidedesk.demo', name: 'Alex Admin', role: 'admin' },
  { email: 'ana@sidedesk.demo', name: 'Ana', role: 'agent' },
  { email: 'ben@sidedesk.demo', name: 'Ben', role: 'agent' },
] as const;

export const DEMO_PAGE_ID = '200000000000001';
export const DEMO_INSTAGRAM_ID = '17841400000000001';
const DEMO_MESSAGING_CHANNELS = [
  { kind: 'messenger', name: 'Demo Messenger', externalId: DEMO_PAGE_ID, accessToken: 'demo-page-token' },
  { kind: 'instagram', name: 'Demo Instagram', externalId: DEMO_INSTAGRAM_ID, accessToken: 'demo-instagram-token' },
] as const;

const MINUTE = 60_000;

/** Customers and what they wrote, minutes ago; `assignTo` takes the conversation for that agent. */
const DEMO_CONVERSATIONS = [
  { phone: '5511987650001', name: 'Maria Souza', minutesAgo: 4, text: 'Hi! Is my order #4512 on its way?' },
  { phone: '5511987650002', name: 'John Carter', minutesAgo: 25, text: 'Do you ship to Portugal?' },
  {
    phone: '5511987650003',
    name: 'Lucía Gómez',
    minutesAgo: 90,
    text: 'The size M was too small, can I exchange it?',
    assignTo: 'ana@sidedesk.demo',
  },
  {
    phone: '5511987650004',
    name: 'Kenji Sato',
    minutesAgo: 30 * 60,
    text: 'Thanks, I will wait for the refund.',
    assignTo: 'ana@sidedesk.demo',
  },
];

export async function seedDemo(deps: {
  store: Store;
  now: () => number;
  log: Log;
  publicUrl: string;
  /** The bot switched on, with Sofía talking to it (default); off: its flow saved, switched off. */
  bot?: boolean;
}): Promise<void> {
  const bot = deps.bot ?? true;
  const { store, now } = deps;
  const agents = new Map<string, string>();
  for (const agent of DEMO_AGENTS) {
    const { agent: row } = await ensureAgent(store, { ...agent, password: DEMO_PASSWORD }, now());
    agents.set(agent.email, row.id);
  }
  const channel = await upsertChannel(
    store.db,
    store.secrets,
    {
      kind: 'whatsapp',
      name: 'Demo WhatsApp',
      externalId: DEMO_PHONE_NUMBER_ID,
      accessToken: 'demo-access-token',
      graphUrl: simulatorGraphUrl(deps.publicUrl),
      simulated: true,
    },
    now(),
  );
  await seedDemoTemplates(store, channel.id, now());
  // A simulated Facebook Page and Instagram account: the phone page plays their customers too.
  for (const demo of DEMO_MESSAGING_CHANNELS) {
    await upsertChannel(
      store.db,
      store.secrets,
      { ...demo, graphUrl: simulatorGraphUrl(deps.publicUrl), simulated: true },
      now(),
    );
  }
  const seeded = await store.db.query('SELECT 1 FROM contacts WHERE channel_id = $1 LIMIT 1', [channel.id]);
  if (seeded.length > 0) return void (await seedDemoBot(store, now(), bot));

  const events: InboundMessageEvent[] = DEMO_CONVERSATIONS.map((c, i) => ({
    type: 'message',
    channel: 'whatsapp',
    channelExternalId: DEMO_PHONE_NUMBER_ID,
    contact: { externalId: c.phone, name: c.name, phone: c.phone },
    externalId: `wamid.DEMO${i + 1}`,
    timestamp: now() - c.minutesAgo * MINUTE,
    kind: 'text',
    text: c.text,
    originalType: null,
  }));
  await ingestEvents(deps, events);
  for (const c of DEMO_CONVERSATIONS.filter((c) => c.assignTo)) {
    await store.write(async (tx, changes) => {
      const [row] = await tx.query<{ id: string }>(
        `SELECT cv.id FROM conversations cv JOIN contacts ct ON ct.id = cv.contact_id
          WHERE ct.channel_id = $1 AND ct.external_id = $2 AND cv.status = 'open'`,
        [channel.id, c.phone],
      );
      if (row && (await claimConversation(tx, row.id, agents.get(c.assignTo!)!)))
        changes.add('conversation', row.id, row.id, { visibility: true });
    });
  }
  // Then the bot: Sofía, who writes last, is with it (the bot greets her once the server runs).
  await seedDemoBot(store, now(), bot);
  if (!bot) return void deps.log('demo workspace created', { conversations: DEMO_CONVERSATIONS.length });
  await ingestEvents(deps, [
    {
      type: 'message',
      channel: 'whatsapp',
      channelExternalId: DEMO_PHONE_NUMBER_ID,
      contact: { externalId: '5511987650005', name: 'Sofía Ruiz', phone: '5511987650005' },
      externalId: 'wamid.DEMOBOT1',
      timestamp: now() - MINUTE,
      kind: 'text',
      text: 'Hola, quiero cambiar la dirección de entrega',
      originalType: null,
    },
  ]);
  deps.log('demo workspace created', { conversations: DEMO_CONVERSATIONS.length + 1 });
}

// What the bot's server tests share: the simulated server with the test flow saved and on, and a
// customer's phone that writes, taps and submits, and reads back what the bot sent it.
import { TEST_FIELDS, TEST_FLOW } from '../../core/bot/testFlow';
import type { Flow } from '../../core/bot/flow';
import {
  createSimulatedServer,
  SIM_IDS,
  type SimulatedServer,
  type SimulatedServerOptions,
} from '../testing/createSimulatedServer';
import type { DatabaseKind } from '../testing/testDatabases';
import type { SimMessage } from '../simulator/state';

export async function createBotServer(kind: DatabaseKind, options: SimulatedServerOptions & { flow?: Flow } = {}) {
  const s = await createSimulatedServer(kind, options);
  const admin = await s.signIn({ role: 'admin', email: 'admin@bot.test' });
  for (const field of TEST_FIELDS) {
    const created = await s.request('POST', '/v1/fields', {
      token: admin.token,
      body: { key: field.key, label: field.key.toUpperCase(), type: field.type, choices: field.choices },
    });
    if (created.status !== 201 && created.status !== 200) throw new Error(`field: ${JSON.stringify(created.body)}`);
  }
  const saved = await s.request('PUT', '/v1/bot', {
    token: admin.token,
    body: { enabled: true, flow: options.flow ?? TEST_FLOW, handoverKeywords: [] },
  });
  if (saved.status !== 200) throw new Error(`bot: ${JSON.stringify(saved.body)}`);
  return { s, admin };
}

export function phone(s: SimulatedServer, number: string, channel: keyof typeof SIM_IDS = 'whatsapp') {
  const sim = (path: string, body: unknown) => s.request('POST', `/simulator/api${path}`, { body });
  const settle = async () => {
    await s.workers.idle();
    await s.workers.queue.drain();
  };
  return {
    /** Sends; the bot's turn runs at settle() (the test's queue only runs when drained). */
    async say(text: string, options: { settle?: boolean } = {}) {
      const answer = await sim('/messages', { channel: SIM_IDS[channel], phone: number, text });
      if (answer.status !== 200) throw new Error(`say: ${JSON.stringify(answer.body)}`);
      if (options.settle !== false) await settle();
    },
    async voice(bytes: Buffer) {
      const file = { data: bytes.toString('base64'), mimeType: 'audio/ogg; codecs=opus', filename: null, voice: true };
      const answer = await sim('/messages', { channel: SIM_IDS[channel], phone: number, text: '', file });
      if (answer.status !== 200) throw new Error(`voice: ${JSON.stringify(answer.body)}`);
      // The file's download (the fetch pass), its transcription, then the bot's turn.
      await settle();
      await settle();
    },
    async tap(id: string, title: string, list = false) {
      const answer = await sim('/messages', { channel: SIM_IDS[channel], phone: number, reply: { id, title, list } });
      if (answer.status !== 200) throw new Error(`tap: ${JSON.stringify(answer.body)}`);
      await settle();
    },
    async submit(flowToken: string, answers: Record<string, unknown>) {
      const answer = await sim('/messages', { channel: SIM_IDS[channel], phone: number, form: { flowToken, answers } });
      if (answer.status !== 200) throw new Error(`submit: ${JSON.stringify(answer.body)}`);
      await settle();
    },
    async received(): Promise<SimMessage[]> {
      const { body } = await s.request('GET', `/simulator/api/thread?channel=${SIM_IDS[channel]}&phone=${number}`);
      return (body.messages as SimMessage[]).filter((m) => m.from === 'business');
    },
    settle,
  };
}

export async function conversationOf(s: SimulatedServer, externalId: string) {
  const [row] = await s.store.db.query<{
    id: string;
    with_bot: boolean;
    assignee_id: string | null;
    contact_id: string;
  }>(
    `SELECT cv.id, cv.with_bot, cv.assignee_id, cv.contact_id FROM conversations cv JOIN contacts c ON c.id = cv.contact_id
      WHERE c.external_id = $1 AND cv.status = 'open'`,
    [externalId],
  );
  return row!;
}

export async function threadOf(s: SimulatedServer, conversationId: string) {
  return s.store.db.query<{ author: string; text: string; status: string | null; agent_id: string | null }>(
    'SELECT author, text, status, agent_id FROM messages WHERE conversation_id = $1 ORDER BY n',
    [conversationId],
  );
}

export async function fieldsOf(s: SimulatedServer, contactId: string): Promise<Record<string, unknown>> {
  const rows = await s.store.db.query<{ key: string; value: unknown }>(
    `SELECT f.key, v.value FROM contact_field_values v JOIN field_definitions f ON f.id = v.field_id WHERE v.contact_id = $1`,
    [contactId],
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

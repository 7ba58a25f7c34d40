// The demo's bot: on, with a flow that greets, asks the order number (an information field), offers
// a menu and hands over. Turned on after the demo's first conversations (they keep their places in
// New and Active); the next customer, and everyone who writes from the simulator's phone, meets it.
import type { Flow } from '../../core/bot/flow';
import { createField } from '../customers/manageFields';
import type { Store } from '../store/createStore';
import { getBotSettings, saveBotSettings } from '../store/repos/botSettings';
import { fieldKeyTaken } from '../store/repos/fieldDefinitions';

export const DEMO_FLOW: Flow = {
  startStepId: 'hello',
  steps: [
    {
      kind: 'message',
      id: 'hello',
      text: 'Hi! I am the Sidedesk demo bot. A couple of questions, then a person from the team takes over.',
      next: 'order',
    },
    {
      kind: 'question',
      id: 'order',
      text: 'What is your order number? (Write 0 if you have none.)',
      fieldKey: 'order_number',
      hint: 'Just the digits of the order number, please, for example 4512.',
      next: 'topic',
    },
    {
      kind: 'menu',
      id: 'topic',
      text: 'What can we help you with?',
      options: [
        { id: 'shipping', title: 'Shipping', next: 'team' },
        { id: 'returns', title: 'Returns', next: 'team' },
        { id: 'other', title: 'Something else', next: 'team' },
      ],
    },
    {
      kind: 'handover',
      id: 'team',
      text: 'Thanks! Someone from the team will answer you here shortly.',
      to: { kind: 'roundRobin' },
    },
  ],
};

/** Once: a workspace whose bot an admin already saved keeps it. */
export async function seedDemoBot(store: Store, now: number, enabled = true): Promise<void> {
  if ((await getBotSettings(store.db)).version > 0) return;
  if (!(await fieldKeyTaken(store.db, 'order_number'))) {
    await createField(store, { key: 'order_number', label: 'Order number', type: 'number', choices: [] }, now);
  }
  await store.write((tx) =>
    saveBotSettings(tx, { enabled, flow: DEMO_FLOW, handoverKeywords: ['encargado', 'manager'] }, null, now),
  );
}

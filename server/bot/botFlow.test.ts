// The bot end to end against the simulator: a customer goes through the whole flow (buttons on
// the phone, a question re-asked, a Flows form), asks for a person, or runs into a closed window.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SimulatedServer } from '../testing/createSimulatedServer';
import { describeOnBothDatabases, type DatabaseKind } from '../testing/testDatabases';
import { conversationOf, createBotServer, fieldsOf, phone, threadOf } from './botTestSetup';

describeOnBothDatabases('the bot runs its flow', (kind: DatabaseKind) => {
  let s: SimulatedServer;
  let admin: { token: string; agent: { id: string } };
  beforeAll(async () => {
    ({ s, admin } = await createBotServer(kind));
    await s.request('PATCH', '/v1/settings', { token: admin.token, body: { summaryAndSuggestions: true } });
  });
  afterAll(() => s.close());

  it('greets, re-asks a bad answer, branches on a tapped button, sends a Flows form, and hands over', async () => {
    const ana = phone(s, '5215550000101');
    await ana.say('hola');
    let conversation = await conversationOf(s, '5215550000101');
    expect(conversation).toMatchObject({ with_bot: true, assignee_id: null });
    expect((await ana.received()).map((m) => m.text)).toEqual(['Hi! I am the bot.', 'How many people?']);

    await ana.say('many');
    expect((await ana.received()).slice(-2).map((m) => m.text)).toEqual([
      'Please answer with a number, for example 3 or 2.5.',
      'How many people?',
    ]);
    await ana.say('4');
    const menu = (await ana.received()).at(-1)!;
    expect(menu).toMatchObject({ text: 'What do you need?', interactive: { type: 'buttons' } });
    expect(menu.interactive).toMatchObject({ options: [{ id: 'book' }, { id: 'size' }, { id: 'talk' }] });

    await ana.tap('size', 'Pick a size');
    expect((await ana.received()).at(-1)!.text).toBe('Small or large?');
    await ana.say('large');
    const form = (await ana.received()).at(-1)!;
    expect(form.interactive).toMatchObject({ type: 'flow', flowId: '1234', cta: 'Open form' });
    const flowToken = (form.interactive as { flowToken: string }).flowToken;
    const shown = await s.request('GET', '/simulator/api/flows/1234');
    expect(shown.body.fields.map((f: { name: string }) => f.name)).toEqual(['email', 'people']);

    await ana.submit(flowToken, { email: 'ana@example.com', people: 6, extra: 'kept' });
    conversation = await conversationOf(s, '5215550000101');
    expect(conversation.with_bot).toBe(false);
    expect(await fieldsOf(s, conversation.contact_id)).toEqual({ people: 6, size: 'Large', email: 'ana@example.com' });
    const thread = await threadOf(s, conversation.id);
    const bot = thread.filter((m) => m.author === 'bot');
    expect(bot.every((m) => m.agent_id === null && ['sent', 'delivered', 'read'].includes(m.status!))).toBe(true);
    expect(bot.find((m) => m.text.startsWith('What do you need?'))!.text).toContain('2. Pick a size');
    expect(thread.at(-1)).toMatchObject({ author: 'system', text: 'The bot handed over: the flow ended.' });
    expect((await ana.received()).at(-1)!.text).toBe('Passing you to a person.');

    const [summary] = await s.store.db.query<{ trigger: string; bot_answers: unknown; form_answers: unknown }>(
      `SELECT trigger, bot_answers, form_answers FROM summaries WHERE conversation_id = $1 AND trigger = 'bot_handoff'`,
      [conversation.id],
    );
    expect(summary.trigger).toBe('bot_handoff');
    expect(summary.bot_answers).toEqual([
      { question: 'How many people?', answer: '4' },
      { question: 'Small or large?', answer: 'Large' },
      { question: 'Email', answer: 'ana@example.com' },
      { question: 'People', answer: '6' },
    ]);
    expect(summary.form_answers).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'extra' })]));
  });

  it('round-robin: the available agent handed a conversation least recently gets the next', async () => {
    const a = await s.signIn({ email: 'rr-a@bot.test' });
    const b = await s.signIn({ email: 'rr-b@bot.test' });
    for (const who of [a, b]) {
      const put = await s.request('PUT', '/v1/me/availability', { token: who.token, body: { available: true } });
      expect(put.body).toMatchObject({ id: who.agent.id, available: true });
    }
    const assignees = [];
    for (const n of ['5215550000201', '5215550000202', '5215550000203']) {
      const customer = phone(s, n);
      await customer.say('hi');
      await customer.say('2');
      await customer.tap('talk', 'Talk to us');
      assignees.push((await conversationOf(s, n)).assignee_id);
    }
    expect(new Set(assignees.slice(0, 2))).toEqual(new Set([a.agent.id, b.agent.id]));
    expect(assignees[2]).toBe(assignees[0]);
  });

  it.each([
    ['quiero hablar con un asesor', 'es'],
    ['I want a human', 'en'],
  ])('%j hands over to New with the reason in the thread', async (text) => {
    const number = text.startsWith('q') ? '5215550000301' : '5215550000302';
    const customer = phone(s, number);
    await customer.say('hola');
    await customer.say(text);
    const conversation = await conversationOf(s, number);
    expect(conversation).toMatchObject({ with_bot: false, assignee_id: null });
    expect((await threadOf(s, conversation.id)).at(-1)).toMatchObject({
      author: 'system',
      text: 'The bot handed over: the customer asked for a person.',
    });
  });

  it('agents see it read-only; taking it early is the handover', async () => {
    const customer = phone(s, '5215550000401');
    await customer.say('hi');
    const { id } = await conversationOf(s, '5215550000401');
    const agent = await s.signIn({ email: 'early@bot.test' });
    const reply = await s.request('POST', `/v1/conversations/${id}/messages`, {
      token: agent.token,
      body: { clientId: randomUUID(), text: 'hello' },
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.message).toMatch(/bot has this conversation/);
    const taken = await s.request('POST', `/v1/conversations/${id}/accept`, { token: agent.token });
    expect(taken.body.conversation).toMatchObject({ withBot: false, assigneeId: agent.agent.id });
    expect((await threadOf(s, id)).at(-1)).toMatchObject({
      author: 'system',
      text: 'An agent took the conversation over from the bot.',
    });
    await customer.say('5');
    expect((await threadOf(s, id)).filter((m) => m.author === 'bot')).toHaveLength(2);
  });

  it('never sends a free-form message outside the window: it hands over instead', async () => {
    const customer = phone(s, '5215550000501');
    await customer.say('hi');
    const before = (await customer.received()).length;
    await customer.say('3', { settle: false });
    const { id } = await conversationOf(s, '5215550000501');
    // The bot's turn comes 25 hours after the customer's message (a queue stalled that long).
    s.clock.advance(25 * 3_600_000);
    await customer.settle();
    expect(await customer.received()).toHaveLength(before);
    expect(await conversationOf(s, '5215550000501')).toMatchObject({ with_bot: false });
    expect((await threadOf(s, id)).at(-1)).toMatchObject({
      author: 'system',
      text: 'The bot handed over: it could not go on (the reply window is closed).',
    });
  });

  it('refuses a flow that cannot run, naming the step', async () => {
    const flow = { startStepId: 'a', steps: [{ kind: 'message', id: 'a', text: 'x', next: 'ghost' }] };
    const put = await s.request('PUT', '/v1/bot', {
      token: admin.token,
      body: { enabled: true, flow, handoverKeywords: [] },
    });
    expect(put.status).toBe(400);
    expect(put.body.problems).toEqual([
      { stepId: 'a', path: ['steps', 0, 'next'], message: expect.stringContaining('"ghost"') },
    ]);
    const read = await s.request('GET', '/v1/bot', { token: admin.token });
    expect(read.body).toMatchObject({ enabled: true, version: 1 });
  });
});

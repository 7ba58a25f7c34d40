// The bot and voice notes on WhatsApp: transcribed first (the bot's turn waits for the job), then
// answered by the chat model (the OpenAI stand-in) with the transcript and the admin's prompt;
// asking for a person by voice hands over with the summary. Without a model it says it cannot listen.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { voiceFixtures } from '../testing/audioFixtures';
import type { SimulatedServer } from '../testing/createSimulatedServer';
import { startOpenAiStandIn, type OpenAiStandIn, type StandInRequest } from '../testing/openaiStandIn';
import { describeOnBothDatabases, type DatabaseKind } from '../testing/testDatabases';
import { conversationOf, createBotServer, phone, threadOf } from './botTestSetup';

const KEY = 'sk-bot-voice';
const PROMPT = 'You work for Casa Pepe. Always be brief.';
const bytes = readFileSync(voiceFixtures()[0]!.file);

type ChatBody = { messages: { role: string; content: string }[]; response_format: { json_schema: { name: string } } };
const body = (r: StandInRequest) => r.json as ChatBody;
const schemaOf = (r: StandInRequest) => body(r).response_format.json_schema.name;

describeOnBothDatabases('the bot answers voice notes', (kind: DatabaseKind) => {
  let standIn: OpenAiStandIn;
  let s: SimulatedServer;
  beforeAll(async () => {
    standIn = await startOpenAiStandIn({ apiKey: KEY });
    standIn.setDefault('chat', (request) => {
      const schema = schemaOf(request);
      if (schema === 'asks_for_person') return { json: { asksForPerson: false } };
      if (schema === 'bot_voice_answer') {
        return { json: { reply: 'Of course, a person will help you now.', handover: true, reason: 'asked by voice' } };
      }
      return { json: { summary: 'Ana wants a person.', openRequest: 'Talk to someone', promises: [] } };
    });
    standIn.setDefault('transcription', { json: { text: 'quiero hablar con alguien por favor' } });
    const ai = {
      baseUrl: standIn.baseUrl,
      apiKey: KEY,
      chatModel: 'gpt-test',
      transcribeModel: 'whisper-test',
      azureApiVersion: null,
      timeoutMs: 5_000,
    };
    let admin;
    ({ s, admin } = await createBotServer(kind, { ai }));
    const patch = { botAnswersVoiceNotes: true, botPrompt: PROMPT, summaryAndSuggestions: true };
    expect((await s.request('PATCH', '/v1/settings', { token: admin.token, body: patch })).status).toBe(200);
  });
  afterAll(async () => {
    await s.close();
    await standIn.close();
  });

  it('transcribes, then answers through the model with the transcript and the prompt, and hands over', async () => {
    const ana = phone(s, '5215550000601');
    await ana.say('hola');
    await ana.say('4');
    await ana.voice(bytes);
    const { id, with_bot } = await conversationOf(s, '5215550000601');
    expect(with_bot).toBe(false);

    const voiceAsk = standIn.requestsTo('chat').find((r) => schemaOf(r) === 'bot_voice_answer')!;
    const sent = JSON.stringify(body(voiceAsk).messages);
    expect(sent).toContain('quiero hablar con alguien por favor');
    expect(sent).toContain(PROMPT);
    expect(sent).toContain('How many people?: 4');
    // The transcript existed before the bot asked the model: transcription came first.
    const order = standIn.requests.map((r) => (r.endpoint === 'chat' ? schemaOf(r) : r.endpoint));
    expect(order.indexOf('transcription')).toBeLessThan(order.indexOf('bot_voice_answer'));

    const thread = await threadOf(s, id);
    expect(thread.slice(-2)).toMatchObject([
      { author: 'bot', text: 'Of course, a person will help you now.' },
      { author: 'system', text: 'The bot handed over: the customer asked for a person.' },
    ]);
    const [summary] = await s.store.db.query<{ trigger: string; engine: string; bot_answers: unknown }>(
      'SELECT trigger, engine, bot_answers FROM summaries WHERE conversation_id = $1',
      [id],
    );
    expect(summary).toMatchObject({ trigger: 'bot_handoff', engine: 'chat_model' });
    expect(summary.bot_answers).toEqual([{ question: 'How many people?', answer: '4' }]);
  });

  it('asks the model about what the customer types, but not about a tap or a plain answer to the step', async () => {
    const carla = phone(s, '5215550000603');
    const classified = () => standIn.requestsTo('chat').filter((r) => schemaOf(r) === 'asks_for_person').length;
    const before = classified();
    await carla.say('hola');
    expect(classified()).toBe(before + 1);
    // "How many people?" fills a number field: "2" answers it.
    await carla.say('2');
    expect(classified()).toBe(before + 1);
    expect((await carla.received()).at(-1)!.text).toBe('What do you need?');
    // Not one of the menu's options: it might be a request for a person.
    await carla.say('hmm, not sure');
    expect(classified()).toBe(before + 2);
    await carla.tap('size', 'Pick a size');
    expect((await carla.received()).at(-1)!.text).toBe('Small or large?');
    expect(classified()).toBe(before + 2);
  });

  it('with the switch off it says it cannot listen and asks again', async () => {
    const admin = await s.signIn({ role: 'admin', email: 'admin2@bot.test' });
    await s.request('PATCH', '/v1/settings', { token: admin.token, body: { botAnswersVoiceNotes: false } });
    const ben = phone(s, '5215550000602');
    await ben.say('hi');
    await ben.voice(bytes);
    const texts = (await ben.received()).map((m) => m.text);
    expect(texts.at(-2)).toMatch(/^Sorry, I cannot listen to audio messages/);
    expect(texts.at(-1)).toBe('How many people?');
    expect((await conversationOf(s, '5215550000602')).with_bot).toBe(true);
  });
});

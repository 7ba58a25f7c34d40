import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiStandIn, type OpenAiStandIn } from './openaiStandIn';

let standIn: OpenAiStandIn;
let client: OpenAI;
beforeAll(async () => {
  standIn = await startOpenAiStandIn({ apiKey: 'k', models: ['m1', 'm2'] });
  client = new OpenAI({ baseURL: standIn.baseUrl, apiKey: 'k', maxRetries: 0 });
});
afterAll(() => standIn.close());

describe('the OpenAI stand-in', () => {
  it('lists its models to the real client', async () => {
    const page = await client.models.list();
    expect(page.data.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(standIn.requestsTo('models')).toHaveLength(1);
  });

  it('answers with a function of the request, and the default once the script is used up', async () => {
    standIn.script('chat', (request) => ({ json: { echo: (request.json as { model: string }).model } }));
    const first = await client.chat.completions.create({ model: 'm2', messages: [{ role: 'user', content: 'hi' }] });
    expect(JSON.parse(first.choices[0].message.content!)).toEqual({ echo: 'm2' });
    await expect(client.chat.completions.create({ model: 'm2', messages: [] })).rejects.toMatchObject({ status: 500 });
    standIn.setDefault('chat', { content: 'plain' });
    const third = await client.chat.completions.create({ model: 'm2', messages: [] });
    expect(third.choices[0].message.content).toBe('plain');
  });

  it('refuses a wrong key like OpenAI, and records that credentials came without recording them', async () => {
    const wrong = new OpenAI({ baseURL: standIn.baseUrl, apiKey: 'nope', maxRetries: 0 });
    await expect(wrong.models.list()).rejects.toMatchObject({ status: 401, code: 'invalid_api_key' });
    const last = standIn.requests.at(-1)!;
    expect(last).toMatchObject({ auth: 'bearer', keyMatches: false });
    expect(JSON.stringify(last)).not.toContain('nope');
  });

  it('says 404 for a route it does not serve', async () => {
    const response = await fetch(`${standIn.baseUrl}/embeddings`, {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
    });
    expect(response.status).toBe(404);
  });
});

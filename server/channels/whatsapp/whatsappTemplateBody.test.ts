// Template sends leave with Meta's documented payload (fixtures/whatsapp-send-template-positional-request.json).
import { describe, expect, it } from 'vitest';
import { fixture } from '../meta/testFixtures';
import type { ChannelConfig } from '../types';
import { sendWhatsappMessage } from './sendWhatsappMessage';

const channel: ChannelConfig = {
  id: 'ch',
  kind: 'whatsapp',
  name: 'WA',
  externalId: '109000000000001',
  accessToken: 'tok',
  graphUrl: 'https://graph.test/v23.0',
  simulated: false,
};

describe('WhatsApp template payload', () => {
  it('is Meta’s template request: name, language code and positional body parameters', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify(fixture('whatsapp-send-response.json')), { status: 200 });
    }) as unknown as typeof fetch;
    const message = {
      kind: 'template' as const,
      name: 'order_update',
      language: 'en_US',
      params: ['Sheena', '#1234'],
      text: 'ignored on the wire',
    };
    await sendWhatsappMessage(channel, '16505551234', message, fetchImpl);

    const documented = fixture('whatsapp-send-template-positional-request.json');
    // Sidedesk's templates carry body parameters only; the fixture also shows a quick-reply button.
    documented.template.components = documented.template.components.filter((c: { type: string }) => c.type === 'body');
    expect(calls[0].url).toBe('https://graph.test/v23.0/109000000000001/messages');
    expect(calls[0].body).toEqual(documented);
  });

  it('a template without parameters has no components', async () => {
    let body: any;
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      body = JSON.parse(String(init.body));
      return new Response(JSON.stringify(fixture('whatsapp-send-response.json')), { status: 200 });
    }) as unknown as typeof fetch;
    await sendWhatsappMessage(
      channel,
      '16505551234',
      { kind: 'template', name: 'hello_world', language: 'en_US', params: [], text: 'Hello' },
      fetchImpl,
    );
    expect(body.template).toEqual({ name: 'hello_world', language: { code: 'en_US' } });
    expect(body.type).toBe('template');
  });
});

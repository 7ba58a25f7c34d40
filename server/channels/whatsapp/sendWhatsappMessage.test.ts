import { describe, expect, it } from 'vitest';
import { fixture } from '../meta/testFixtures';
import { WINDOW_CLOSED_REASON } from '../meta/graphError';
import { ChannelSendError, type ChannelConfig } from '../types';
import { sendWhatsappMessage, whatsappSendBody } from './sendWhatsappMessage';
import { whatsappAdapter } from './whatsappAdapter';

const channel: ChannelConfig = {
  id: 'ch1',
  kind: 'whatsapp',
  name: 'Shop',
  externalId: '106540352242922',
  accessToken: 'token-abc',
  graphUrl: 'https://graph.example.test/v23.0',
  simulated: false,
};

function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const keysDeep = (value: unknown): unknown =>
  value && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keysDeep(v)]))
    : typeof value;

describe('WhatsApp send', () => {
  it("posts exactly Meta's text body to /{phone-number-id}/messages with the bearer token", async () => {
    const { calls, fetchImpl } = recordingFetch(200, fixture('whatsapp-send-response.json'));
    const result = await whatsappAdapter.send(
      channel,
      '+16505551234',
      { kind: 'text', text: 'Yes, in green.' },
      fetchImpl,
    );

    expect(result).toEqual({ externalId: 'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJBRkJENzExMTRFRjk2NTI1OTEA' });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('https://graph.example.test/v23.0/106540352242922/messages');
    expect(calls[0].init.method).toBe('POST');
    const headers = new Headers(calls[0].init.headers);
    expect(headers.get('authorization')).toBe('Bearer token-abc');
    expect(headers.get('content-type')).toBe('application/json');
    expect(calls[0].init.signal).toBeInstanceOf(AbortSignal);

    const sent = JSON.parse(String(calls[0].init.body));
    expect(keysDeep(sent)).toEqual(keysDeep(fixture('whatsapp-send-text-request.json')));
    expect(sent).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+16505551234',
      type: 'text',
      text: { preview_url: false, body: 'Yes, in green.' },
    });
  });

  it('asks for a link preview only when the text has a link', () => {
    const request = fixture('whatsapp-send-text-request.json');
    expect(whatsappSendBody(request.to, { kind: 'text', text: request.text.body })).toEqual(request);
  });

  it('maps a 131047 answer to a closed-window ChannelSendError', async () => {
    const { fetchImpl } = recordingFetch(400, fixture('whatsapp-error-131047-response.json'));
    const error = await sendWhatsappMessage(channel, '16505551234', { kind: 'text', text: 'hi' }, fetchImpl).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ code: 'meta_131047', retryable: false, message: WINDOW_CLOSED_REASON });
  });

  it('maps the generic Graph error', async () => {
    const { fetchImpl } = recordingFetch(401, fixture('graph-error-response.json'));
    await expect(sendWhatsappMessage(channel, '1', { kind: 'text', text: 'hi' }, fetchImpl)).rejects.toMatchObject({
      code: 'meta_190',
      retryable: false,
    });
  });

  it('turns a network failure into a retryable error', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND graph.example.test') });
    }) as typeof fetch;
    await expect(sendWhatsappMessage(channel, '1', { kind: 'text', text: 'hi' }, failing)).rejects.toMatchObject({
      code: 'meta_unreachable',
      retryable: true,
    });
  });

  it('gives up after the timeout, retryably', async () => {
    const hanging = ((_url: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof fetch;
    await expect(sendWhatsappMessage(channel, '1', { kind: 'text', text: 'hi' }, hanging, 20)).rejects.toMatchObject({
      code: 'uncertain',
      retryable: true,
    });
  });

  it('refuses a 200 without a message id, without retrying (it may have gone out)', async () => {
    const { fetchImpl } = recordingFetch(200, { messaging_product: 'whatsapp', messages: [] });
    await expect(sendWhatsappMessage(channel, '1', { kind: 'text', text: 'hi' }, fetchImpl)).rejects.toMatchObject({
      code: 'meta_bad_response',
      retryable: false,
    });
  });
});

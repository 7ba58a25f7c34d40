import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../instagram/instagramAdapter';
import { messengerAdapter } from '../messenger/messengerAdapter';
import { ChannelSendError, type ChannelConfig } from '../types';
import { WINDOW_CLOSED_REASON } from './graphError';
import { fixture } from './testFixtures';

const channel = (kind: 'messenger' | 'instagram'): ChannelConfig => ({
  id: 'ch',
  kind,
  name: 'Shop',
  externalId: kind === 'messenger' ? '682498302938465' : '17841405822304914',
  accessToken: 'page-token',
  graphUrl: 'https://graph.example.test/v23.0/',
  simulated: false,
});
const adapters = { messenger: messengerAdapter, instagram: instagramAdapter };

function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe.each(['messenger', 'instagram'] as const)('%s Send API', (kind) => {
  it.each([
    [`${kind}-send-text-request.json`, false],
    [`${kind}-send-human-agent-request.json`, true],
  ])('posts exactly %s', async (name, humanAgentTag) => {
    const request = fixture(name);
    const { calls, fetchImpl } = recordingFetch(200, fixture(`${kind}-send-response.json`));
    const result = await adapters[kind].send(
      channel(kind),
      request.recipient.id,
      { kind: 'text', text: request.message.text, humanAgentTag },
      fetchImpl,
    );
    expect(result).toEqual({ externalId: fixture(`${kind}-send-response.json`).message_id });
    expect(calls[0].url).toBe(`https://graph.example.test/v23.0/${channel(kind).externalId}/messages`);
    expect(new Headers(calls[0].init.headers).get('authorization')).toBe('Bearer page-token');
    expect(JSON.parse(String(calls[0].init.body))).toEqual(request);
  });

  it('maps the outside-window error to the closed-window reason', async () => {
    const { fetchImpl } = recordingFetch(400, fixture(`${kind}-error-outside-window-response.json`));
    const error = await adapters[kind]
      .send(channel(kind), '1', { kind: 'text', text: 'hi' }, fetchImpl)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ code: 'meta_10', retryable: false, message: WINDOW_CLOSED_REASON });
  });

  it('refuses a 200 without a message id, without retrying', async () => {
    const { fetchImpl } = recordingFetch(200, { recipient_id: '1' });
    await expect(
      adapters[kind].send(channel(kind), '1', { kind: 'text', text: 'hi' }, fetchImpl),
    ).rejects.toMatchObject({
      code: 'meta_bad_response',
      retryable: false,
    });
  });

  it('reads the profile name, and gives null when Meta refuses', async () => {
    const ok = recordingFetch(
      200,
      kind === 'messenger' ? { first_name: 'Mia', last_name: 'Rossi', id: '1' } : { username: 'mia.rossi', id: '1' },
    );
    expect(await adapters[kind].fetchProfileName!(channel(kind), '6643920825689113', ok.fetchImpl)).toBe(
      kind === 'messenger' ? 'Mia Rossi' : '@mia.rossi',
    );
    expect(ok.calls[0].url).toBe(
      `https://graph.example.test/v23.0/6643920825689113?fields=${kind === 'messenger' ? 'name,first_name,last_name' : 'name,username'}`,
    );
    const refused = recordingFetch(400, fixture('graph-error-response.json'));
    expect(await adapters[kind].fetchProfileName!(channel(kind), '1', refused.fetchImpl)).toBeNull();
  });
});

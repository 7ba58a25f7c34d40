import { describe, expect, it } from 'vitest';
import { ChannelSendError } from '../types';
import { graphErrorToSendError, networkSendError, WINDOW_CLOSED_REASON } from './graphError';
import { fixture } from './testFixtures';

describe('graphErrorToSendError', () => {
  it('maps WhatsApp 131047 to a closed-window reason, not retryable', () => {
    const error = graphErrorToSendError(400, fixture('whatsapp-error-131047-response.json'));
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ code: 'meta_131047', retryable: false, message: WINDOW_CLOSED_REASON });
  });

  it.each(['messenger-error-outside-window-response.json', 'instagram-error-outside-window-response.json'])(
    'maps %s to the same closed-window reason',
    (name) => {
      expect(graphErrorToSendError(400, fixture(name))).toMatchObject({
        code: 'meta_10',
        message: WINDOW_CLOSED_REASON,
      });
    },
  );

  it('maps the generic Graph error (190, token) with its user message', () => {
    const error = graphErrorToSendError(401, fixture('graph-error-response.json'));
    expect(error).toMatchObject({ code: 'meta_190', retryable: false });
    expect(error.message).toBe('Message describing the error: A message');
  });

  it('uses error_data.details and marks rate limits retryable', () => {
    const body = {
      error: {
        message: '(#130429) Rate limit hit',
        type: 'OAuthException',
        code: 130429,
        error_data: { messaging_product: 'whatsapp', details: 'Cloud API message throughput has been reached.' },
        error_subcode: 2494055,
        fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      },
    };
    expect(graphErrorToSendError(400, body)).toMatchObject({
      code: 'meta_130429',
      retryable: true,
      message: '(#130429) Rate limit hit: Cloud API message throughput has been reached.',
    });
  });

  it('treats a 5xx without a Graph body as retryable', () => {
    expect(graphErrorToSendError(502, '<html>Bad gateway</html>')).toMatchObject({
      code: 'meta_http_502',
      retryable: true,
    });
    expect(graphErrorToSendError(400, null)).toMatchObject({ code: 'meta_http_400', retryable: false });
  });
});

describe('networkSendError', () => {
  it('names a timeout and a refused connection, both retryable', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(networkSendError(timeout, 15_000)).toMatchObject({ code: 'uncertain', retryable: true });
    expect(networkSendError(timeout, 15_000).message).toContain('15 s');
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    expect(networkSendError(refused, 15_000)).toMatchObject({ code: 'meta_unreachable', retryable: true });
    expect(networkSendError(refused, 15_000).message).toContain('ECONNREFUSED');
  });

  it('a connection cut after the request left is uncertain: Meta may have the message', () => {
    const reset = new TypeError('fetch failed', { cause: new Error('read ECONNRESET') });
    expect(networkSendError(reset, 15_000)).toMatchObject({ code: 'uncertain' });
    const dns = new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND graph.facebook.com') });
    expect(networkSendError(dns, 15_000)).toMatchObject({ code: 'meta_unreachable' });
  });
});

// POST a signed webhook to the server over real HTTP, as Meta would.
import { signBody } from './signBody';

export interface WebhookAnswer {
  status: number;
  body: unknown;
}

export interface WebhookPoster {
  (payload: unknown): Promise<WebhookAnswer>;
}

export function createWebhookPoster(deps: {
  publicUrl: string;
  appSecret: string;
  fetch: typeof fetch;
  channelPath?: string;
}): WebhookPoster {
  const url = `${deps.publicUrl.replace(/\/+$/, '')}/webhooks/${deps.channelPath ?? 'whatsapp'}`;
  return async (payload) => {
    const { body, signature } = signBody(payload, deps.appSecret);
    const response = await deps.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the page to show.
    }
    return { status: response.status, body: parsed };
  };
}

/** The server's `{error:{message}}`, or a short fallback, for showing on the phone page. */
export function answerMessage(answer: WebhookAnswer): string {
  const message = (answer.body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string'
    ? `Server answered ${answer.status}: ${message}`
    : `Server answered ${answer.status}`;
}

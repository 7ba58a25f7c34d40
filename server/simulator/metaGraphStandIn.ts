// The rest of the Graph API the simulated channels' graphUrl reaches: the Messenger/Instagram Send
// API (POST /:version/:id/messages, answering {recipient_id, message_id} and then echoing the
// message by webhook, as Meta does), WhatsApp's media lookup and download (GET /:version/:media-id
// → {url}; GET that url with the token), Messenger/IG attachment CDN URLs, and user profiles.
import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { ChannelConfig } from '../channels/types';
import { buildEchoWebhook, newMid } from './buildMessagingWebhooks';
import type { SimulatorContext } from './context';
import { graphError, invalidParameter, invalidToken, simulatedFailure, type GraphErrorAnswer } from './graphErrors';
import { answerMessage } from './postWebhook';
import type { SimMedia, SimMessage } from './state';

const SendBody = z
  .object({
    recipient: z.object({ id: z.string().min(1) }),
    messaging_type: z.enum(['RESPONSE', 'UPDATE', 'MESSAGE_TAG']).optional(),
    tag: z.string().optional(),
    message: z.object({ text: z.string().min(1).max(2000) }),
  })
  .refine((b) => b.messaging_type !== 'MESSAGE_TAG' || b.tag === 'HUMAN_AGENT', {
    message: 'MESSAGE_TAG needs tag HUMAN_AGENT',
    path: ['tag'],
  });

/** A delay before the echo, so the send's own answer usually lands first (as with Meta). */
const ECHO_DELAY_MS = 100;

export function metaGraphStandInRoutes(ctx: SimulatorContext): Hono {
  const app = new Hono();
  const byToken = async (c: Context, kinds: ChannelConfig['kind'][]) => {
    const header = c.req.header('authorization');
    return (
      (await ctx.listSimulatedChannels()).find(
        (ch) => kinds.includes(ch.kind) && header === `Bearer ${ch.accessToken}`,
      ) ?? null
    );
  };

  // WhatsApp's download URL: needs a WhatsApp channel's token, like Meta's lookaside URLs.
  app.get('/files/:id', async (c) => {
    if (!(await byToken(c, ['whatsapp']))) return answer(c, invalidToken());
    return serve(c, ctx.state.media.get(c.req.param('id')));
  });

  // Messenger/Instagram attachment URLs: signed CDN links, fetched without a token.
  app.get('/cdn/:id', (c) => serve(c, ctx.state.media.get(c.req.param('id'))));

  app.get('/:version/:id', async (c, next) => {
    const id = c.req.param('id');
    const file = ctx.state.media.get(id);
    if (file) {
      if (!(await byToken(c, ['whatsapp']))) return answer(c, invalidToken());
      return c.json({
        messaging_product: 'whatsapp',
        url: `${ctx.graphBase}/files/${id}`,
        mime_type: file.mimeType,
        sha256: 'c2ltdWxhdGVk',
        file_size: String(file.bytes.byteLength),
        id,
      });
    }
    const channel = await byToken(c, ['messenger', 'instagram']);
    if (!channel) return next();
    const customer = ctx.state.customers.get(id);
    if (!customer) return answer(c, graphError(400, 100, `(#100) No user with id ${id}`));
    const [first, ...rest] = customer.name.split(' ');
    return channel.kind === 'messenger'
      ? c.json({ id, name: customer.name, first_name: first, last_name: rest.join(' ') })
      : c.json({ id, name: customer.name, username: customer.name.toLowerCase().replace(/[^a-z0-9]+/g, '.') });
  });

  app.post('/:version/:id/messages', async (c, next) => {
    const id = c.req.param('id');
    const channels = (await ctx.listSimulatedChannels()).filter((ch) => ch.kind !== 'whatsapp');
    const channel =
      id === 'me' ? await byToken(c, ['messenger', 'instagram']) : channels.find((ch) => ch.externalId === id);
    if (!channel) return next(); // a WhatsApp number: the Cloud API stand-in answers
    if (c.req.header('authorization') !== `Bearer ${channel.accessToken}`) return answer(c, invalidToken());

    const parsed = SendBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return answer(c, invalidParameter(parsed.error.issues[0].message));
    if (channel.kind === 'messenger' && !parsed.data.messaging_type)
      return answer(c, invalidParameter('messaging_type is required'));

    const failure = ctx.state.failures.shift();
    if (failure) return answer(c, simulatedFailure(failure.code, failure.httpStatus));

    const recipient = parsed.data.recipient.id;
    if (!ctx.state.customers.has(recipient)) ctx.state.customers.set(recipient, { name: recipient, phone: recipient });
    const message: SimMessage = {
      id: newMid(channel.kind),
      from: 'business',
      text: parsed.data.message.text,
      at: ctx.now(),
      status: 'accepted_by_graph',
      error: null,
    };
    ctx.state.thread(channel.externalId, recipient).push(message);
    ctx.state.schedule(() => echo(ctx, channel, recipient, message), ECHO_DELAY_MS);
    return c.json({ recipient_id: recipient, message_id: message.id });
  });

  return app;
}

async function echo(ctx: SimulatorContext, channel: ChannelConfig, recipient: string, message: SimMessage) {
  if (channel.kind === 'whatsapp') return;
  const payload = buildEchoWebhook(channel.kind, channel.externalId, recipient, message.id, message.text, ctx.now());
  try {
    const answer = await ctx.postFor(channel.kind)(payload);
    const ok = answer.status >= 200 && answer.status < 300;
    message.status = ok ? 'sent' : 'failed';
    if (!ok) message.error = `Echo not taken. ${answerMessage(answer)}`;
  } catch (error) {
    ctx.log('simulator echo failed', { error: error instanceof Error ? error.message : String(error) });
  }
}

/** Fresh, unguessable media ids (the CDN URL is the only key). */
export const newMediaId = () => String(BigInt(`0x${randomBytes(7).toString('hex')}`));

function serve(c: Context, file: SimMedia | undefined) {
  if (!file) return answer(c, graphError(404, 100, '(#100) Media not found'));
  return new Response(new Uint8Array(file.bytes), {
    headers: { 'content-type': file.mimeType, 'content-length': String(file.bytes.byteLength) },
  });
}

function answer(c: Context, error: GraphErrorAnswer) {
  return c.json(error.body, error.status as ContentfulStatusCode);
}

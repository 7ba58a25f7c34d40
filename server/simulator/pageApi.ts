// The JSON API behind the phone page (and the hooks tests and benchmarks use).
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { ChannelConfig } from '../channels/types';
import { buildCustomerWebhook, newMid } from './buildMessagingWebhooks';
import { newMediaId } from './metaGraphStandIn';
import type { SimulatorContext } from './context';
import { answerMessage } from './postWebhook';
import { normalizePhone, type SimMessage } from './state';
import { readVoiceSample, VOICE_NOTE_MIME, VOICE_SAMPLES } from './voiceSamples';

const NewCustomer = z.object({
  name: z.string().trim().min(1).max(100),
  phone: z.string().transform(normalizePhone).pipe(z.string().min(5, 'phone needs at least 5 digits').max(20)),
});

const CustomerMessage = z
  .object({
    channel: z.string().min(1),
    phone: z.string().transform(normalizePhone).pipe(z.string().min(5)),
    text: z.string().trim().max(4096).default(''),
    /** A photo, audio file, voice note or document from the phone, base64. */
    file: z
      .object({
        data: z.string().min(1).max(14_000_000),
        mimeType: z.string().min(3).max(100),
        filename: z.string().max(200).nullable().default(null),
        voice: z.boolean().default(false),
      })
      .optional(),
    /** A tapped reply button or list row of a business message (its wamid in `context`). */
    reply: z
      .object({
        id: z.string().min(1),
        title: z.string().min(1).max(24),
        list: z.boolean().default(false),
        context: z.string().nullable().default(null),
      })
      .optional(),
    /** A submitted WhatsApp Flows form: answers by field name, and the token the flow message carried. */
    form: z
      .object({
        flowToken: z.string().min(1),
        answers: z.record(z.string(), z.unknown()),
        context: z.string().nullable().default(null),
      })
      .optional(),
  })
  .refine((m) => m.text !== '' || m.file || m.reply || m.form, {
    message: 'write something or attach a file',
    path: ['text'],
  });

const FailNext = z.object({
  code: z.number().int().positive(),
  httpStatus: z.number().int().min(400).max(599).optional(),
  async: z.boolean().optional(),
});

const invalid = (c: Context, message: string) => c.json({ error: { code: 'invalid', message } }, 400);
const notFound = (c: Context, message: string) => c.json({ error: { code: 'not_found', message } }, 404);

async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T> | string> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return 'body must be JSON';
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}

const publicChannel = (ch: ChannelConfig) => ({ id: ch.id, name: ch.name, externalId: ch.externalId, kind: ch.kind });

export function pageApiRoutes(ctx: SimulatorContext): Hono {
  const app = new Hono();
  const findChannel = async (externalId: string) =>
    (await ctx.listSimulatedChannels()).find((ch) => ch.externalId === externalId) ?? null;

  app.get('/channels', async (c) => c.json({ channels: (await ctx.listSimulatedChannels()).map(publicChannel) }));

  // The server's known customers first (the demo's), then those added on the phone.
  app.get('/customers', async (c) => {
    const customers = new Map((await ctx.listKnownCustomers()).map((k) => [k.phone, k]));
    for (const added of ctx.state.customers.values()) customers.set(added.phone, added);
    return c.json({ customers: [...customers.values()] });
  });

  app.post('/customers', async (c) => {
    const input = await readJson(c, NewCustomer);
    if (typeof input === 'string') return invalid(c, input);
    ctx.state.customers.set(input.phone, input);
    return c.json({ customer: input }, 201);
  });

  app.get('/thread', (c) => {
    const channel = c.req.query('channel') ?? '';
    const phone = normalizePhone(c.req.query('phone') ?? '');
    if (!channel || !phone) return invalid(c, 'channel and phone are required');
    // Polling is what "the customer has the chat open" means: it triggers read receipts.
    ctx.state.markSeen(channel, phone, ctx.now());
    ctx.reporter.seen(channel, phone);
    return c.json({ customer: ctx.state.customers.get(phone) ?? null, messages: ctx.state.thread(channel, phone) });
  });

  // Ready-made voice notes: the page lists them and sends one's bytes through POST /messages.
  app.get('/voice-samples', (c) => c.json({ samples: VOICE_SAMPLES, mimeType: VOICE_NOTE_MIME }));
  app.get('/voice-samples/:id', async (c) => {
    const bytes = await readVoiceSample(c.req.param('id'));
    if (!bytes) return notFound(c, `No voice sample ${c.req.param('id')}.`);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'content-type': VOICE_NOTE_MIME });
  });

  app.post('/messages', async (c) => {
    const input = await readJson(c, CustomerMessage);
    if (typeof input === 'string') return invalid(c, input);
    const channel = await findChannel(input.channel);
    if (!channel) return notFound(c, `No simulated channel with phone number id ${input.channel}.`);
    const customer = ctx.state.customers.get(input.phone) ?? { name: input.phone, phone: input.phone };
    ctx.state.customers.set(customer.phone, customer);

    const message: SimMessage = {
      id: newMid(channel.kind),
      from: 'customer',
      text: input.reply?.title ?? (input.form ? 'Sent' : input.text),
      at: ctx.now(),
      status: 'sending',
      error: null,
    };
    if (input.file) {
      const { data, mimeType, filename, voice } = input.file;
      message.media = { id: newMediaId(), mimeType, filename, voice };
      ctx.state.media.set(message.media.id, { bytes: new Uint8Array(Buffer.from(data, 'base64')), mimeType, filename });
    }
    ctx.state.thread(channel.externalId, customer.phone).push(message);
    const payload = buildCustomerWebhook({
      kind: channel.kind,
      channelExternalId: channel.externalId,
      customer,
      text: input.text,
      file: message.media,
      interactive: input.reply
        ? { type: input.reply.list ? 'list_reply' : 'button_reply', ...input.reply }
        : input.form
          ? { type: 'nfm_reply', ...input.form }
          : undefined,
      id: message.id,
      at: message.at,
      graphBase: ctx.graphBase,
    });
    try {
      const answer = await ctx.postFor(channel.kind)(payload);
      const ok = answer.status >= 200 && answer.status < 300;
      message.status = ok ? 'accepted' : 'rejected';
      message.error = ok ? null : answerMessage(answer);
      if (ok) return c.json({ message, server: answer });
      return c.json({ error: { code: 'upstream', message: message.error }, message, server: answer }, 502);
    } catch (cause) {
      message.status = 'rejected';
      message.error = `Server unreachable: ${cause instanceof Error ? cause.message : String(cause)}`;
      return c.json({ error: { code: 'upstream', message: message.error }, message }, 502);
    }
  });

  // Any body, sent as-is (signed over its exact bytes): for tests and benchmarks. Only for
  // simulated numbers, or this would sign forged webhooks for a real channel.
  app.post('/raw', async (c) => {
    const body = await c.req.text();
    const ids = phoneNumberIds(body);
    if (!ids) return invalid(c, 'body must be a WhatsApp webhook naming metadata.phone_number_id in every change');
    const simulated = new Set((await ctx.listSimulatedChannels()).map((ch) => ch.externalId));
    const foreign = ids.find((id) => !simulated.has(id));
    if (foreign)
      return c.json({ error: { code: 'forbidden', message: `${foreign} is not a simulated channel.` } }, 403);
    try {
      return c.json({ server: await ctx.post(body) });
    } catch (cause) {
      return c.json(
        { error: { code: 'upstream', message: cause instanceof Error ? cause.message : String(cause) } },
        502,
      );
    }
  });

  // A Flow form's fields (from the bot's step with that Flow id): what the phone shows to fill in.
  app.get('/flows/:flowId', async (c) => {
    const fields = await ctx.findFlowForm(c.req.param('flowId'));
    if (!fields) return notFound(c, `No bot step sends the Flow ${c.req.param('flowId')}.`);
    return c.json({ flowId: c.req.param('flowId'), fields });
  });

  app.post('/fail-next', async (c) => {
    const input = await readJson(c, FailNext);
    if (typeof input === 'string') return invalid(c, input);
    ctx.state.failures.push(input);
    return c.json({ queued: ctx.state.failures.length });
  });

  app.post('/reset', (c) => {
    ctx.state.reset();
    return c.json({ ok: true });
  });

  return app;
}

/** Every change's metadata.phone_number_id, or null when the body is not that shape. */
function phoneNumberIds(body: string): string[] | null {
  try {
    const payload = JSON.parse(body) as {
      entry?: { changes?: { value?: { metadata?: { phone_number_id?: unknown } } }[] }[];
    };
    const ids = (payload.entry ?? []).flatMap((e) =>
      (e.changes ?? []).map((ch) => ch.value?.metadata?.phone_number_id),
    );
    return ids.length > 0 && ids.every((id) => typeof id === 'string') ? (ids as string[]) : null;
  } catch {
    return null;
  }
}

// The Graph API as the simulated channel's graphUrl points to it: `POST /:version/:id/messages`
// answering like Meta, so the WhatsApp adapter runs the same code against it as against Meta.
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { formatPath } from '../channels/checkPayload';
import { newWamid } from './buildWebhooks';
import type { SimulatorContext } from './context';
import {
  describeSimulatedCode,
  invalidParameter,
  invalidToken,
  simulatedFailure,
  unknownPhoneNumber,
} from './graphErrors';
import { normalizePhone, type SimMessage } from './state';
import { InteractivePayload, renderInteractive } from './interactiveStandIn';
import { renderSentTemplate, TemplatePayload } from './templatesStandIn';

const Envelope = {
  messaging_product: z.literal('whatsapp'),
  recipient_type: z.literal('individual').optional(),
  to: z.string().regex(/^\+?[\d\s-]{5,20}$/, 'expected a phone number'),
};
const SendBody = z.discriminatedUnion('type', [
  z.object({
    ...Envelope,
    type: z.literal('text'),
    text: z.object({ preview_url: z.boolean().optional(), body: z.string().min(1).max(4096) }),
  }),
  z.object({ ...Envelope, type: z.literal('template'), template: TemplatePayload }),
  z.object({ ...Envelope, type: z.literal('interactive'), interactive: InteractivePayload }),
]);

export function graphStandInRoutes(ctx: SimulatorContext): Hono {
  const app = new Hono();

  app.post('/:version/:phoneNumberId/messages', async (c) => {
    const phoneNumberId = c.req.param('phoneNumberId');
    const channel = (await ctx.listSimulatedChannels()).find((ch) => ch.externalId === phoneNumberId);
    if (!channel) return answer(c, unknownPhoneNumber(phoneNumberId));
    if (c.req.header('authorization') !== `Bearer ${channel.accessToken}`) return answer(c, invalidToken());

    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      return answer(c, invalidParameter('The request body is not valid JSON.'));
    }
    const parsed = SendBody.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return answer(c, invalidParameter(`${formatPath(issue.path as (string | number)[])}: ${issue.message}`));
    }

    const rendered =
      parsed.data.type === 'template'
        ? renderSentTemplate(parsed.data.template)
        : parsed.data.type === 'interactive'
          ? renderInteractive(parsed.data.interactive)
          : { text: parsed.data.text.body };
    if (!('text' in rendered)) return answer(c, rendered);

    const failure = ctx.state.failures.shift();
    if (failure && !failure.async) return answer(c, simulatedFailure(failure.code, failure.httpStatus));

    const phone = normalizePhone(parsed.data.to);
    if (!ctx.state.customers.has(phone)) ctx.state.customers.set(phone, { name: phone, phone });
    const message: SimMessage = {
      id: newWamid(),
      from: 'business',
      text: rendered.text,
      at: ctx.now(),
      status: 'accepted_by_graph',
      error: null,
      ...(parsed.data.type === 'interactive'
        ? { interactive: renderInteractive(parsed.data.interactive).interactive }
        : {}),
    };
    ctx.state.thread(phoneNumberId, phone).push(message);

    if (failure?.async) {
      const { title, details } = describeSimulatedCode(failure.code);
      ctx.reporter.failed(phoneNumberId, phone, message, { code: failure.code, title, details });
    } else {
      ctx.reporter.accepted(phoneNumberId, phone, message);
    }
    return c.json({
      messaging_product: 'whatsapp',
      contacts: [{ input: parsed.data.to, wa_id: phone }],
      messages: [{ id: message.id, message_status: 'accepted' }],
    });
  });

  return app;
}

function answer(c: Context, error: { status: number; body: unknown }) {
  return c.json(error.body, error.status as ContentfulStatusCode);
}

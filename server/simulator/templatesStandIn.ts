// Templates on the Graph stand-in: `GET /:version/:wabaId/message_templates` in Meta's shape, and
// what a template send (type "template") reads as on the phone, refused like Meta refuses it when
// the template is unknown or its parameters do not fit.
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { countTemplateParams, renderTemplate } from '../../core/templates';
import { findSimulatedTemplate, SIMULATED_TEMPLATES, SIMULATED_WABA_ID } from './approvedTemplates';
import type { SimulatorContext } from './context';
import { graphError, invalidToken, type GraphErrorAnswer } from './graphErrors';

/** Meta's template payload (fixtures/whatsapp-send-template-positional-request.json), body parameters only. */
export const TemplatePayload = z.object({
  name: z.string().min(1).max(512),
  language: z.object({ code: z.string().min(2), policy: z.literal('deterministic').optional() }),
  components: z
    .array(
      z.object({
        type: z.enum(['header', 'body', 'button']),
        sub_type: z.string().optional(),
        index: z.string().optional(),
        parameters: z.array(
          z
            .object({ type: z.string(), text: z.string().optional(), parameter_name: z.string().optional() })
            .passthrough(),
        ),
      }),
    )
    .optional(),
});
export type TemplatePayload = z.infer<typeof TemplatePayload>;

/** The text the customer reads, or Meta's error for this send. */
export function renderSentTemplate(payload: TemplatePayload): { text: string } | GraphErrorAnswer {
  const template = findSimulatedTemplate(payload.name, payload.language.code);
  if (!template) {
    return graphError(
      404,
      132001,
      '(#132001) Template name does not exist in the translation',
      `template name (${payload.name}) does not exist in ${payload.language.code}`,
    );
  }
  const body = payload.components?.find((c) => c.type === 'body');
  const params = (body?.parameters ?? []).map((p) => (p.type === 'text' ? p.text : undefined));
  if (params.some((p) => p === undefined || p === '')) {
    return graphError(
      400,
      131008,
      '(#131008) Required parameter is missing',
      'every body parameter needs type "text" and a non-empty text',
    );
  }
  const expected = countTemplateParams(template.body);
  if (params.length !== expected) {
    return graphError(
      400,
      132000,
      '(#132000) Number of parameters does not match the expected number of params',
      `body: number of localizable_params (${params.length}) does not match the expected number of params (${expected})`,
    );
  }
  return { text: renderTemplate(template.body, params as string[]) };
}

export function templatesStandInRoutes(ctx: SimulatorContext): Hono {
  const app = new Hono();
  app.get('/:version/:wabaId/message_templates', async (c) => {
    // A simulated channel's token opens its (simulated) business account.
    const tokens = new Set((await ctx.listSimulatedChannels()).map((ch) => `Bearer ${ch.accessToken}`));
    if (!tokens.has(c.req.header('authorization') ?? '')) {
      const { status, body } = invalidToken();
      return c.json(body, status as ContentfulStatusCode);
    }
    const wabaId = c.req.param('wabaId');
    if (wabaId !== SIMULATED_WABA_ID) {
      const { status, body } = graphError(
        400,
        100,
        `Unsupported get request. Object with ID '${wabaId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        undefined,
        33,
      );
      return c.json(body, status as ContentfulStatusCode);
    }
    return c.json({
      data: SIMULATED_TEMPLATES.map((t) => ({
        name: t.name,
        language: t.language,
        status: t.status,
        category: t.category.toUpperCase(),
        components: [{ type: 'BODY', text: t.body }],
        id: t.id,
      })),
      paging: { cursors: { before: 'MAZDZD', after: 'MjQZD' } },
    });
  });
  return app;
}

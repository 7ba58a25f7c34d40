// The Graph stand-in's half for interactive messages (reply buttons, lists, Flows): checked like
// Meta checks them (PLATFORM.md limits), stored so the simulated phone can show and tap them.
import { z } from 'zod';
import type { SimInteractive } from './state';

const Body = z.object({ text: z.string().min(1).max(1024) });
const Row = z.object({ id: z.string().min(1).max(200), title: z.string().min(1).max(24) });

export const InteractivePayload = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('button'),
    body: Body,
    action: z.object({
      buttons: z
        .array(
          z.object({
            type: z.literal('reply'),
            reply: z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) }),
          }),
        )
        .min(1)
        .max(3),
    }),
  }),
  z.object({
    type: z.literal('list'),
    body: Body,
    action: z.object({
      button: z.string().min(1).max(20),
      sections: z
        .array(z.object({ title: z.string().max(24).optional(), rows: z.array(Row).min(1).max(10) }))
        .min(1)
        .max(10),
    }),
  }),
  z.object({
    type: z.literal('flow'),
    body: Body,
    action: z.object({
      name: z.literal('flow'),
      parameters: z.object({
        flow_message_version: z.literal('3'),
        flow_token: z.string().min(1),
        flow_id: z.string().min(1),
        flow_cta: z.string().min(1).max(20),
        flow_action: z.enum(['navigate', 'data_exchange']).optional(),
      }),
    }),
  }),
]);
export type InteractivePayload = z.infer<typeof InteractivePayload>;

export function renderInteractive(payload: InteractivePayload): { text: string; interactive: SimInteractive } {
  const text = payload.body.text;
  switch (payload.type) {
    case 'button':
      return {
        text,
        interactive: { type: 'buttons', options: payload.action.buttons.map((b) => b.reply) },
      };
    case 'list': {
      const rows = payload.action.sections.flatMap((s) => s.rows);
      return { text, interactive: { type: 'list', button: payload.action.button, options: rows } };
    }
    case 'flow': {
      const { flow_id, flow_token, flow_cta } = payload.action.parameters;
      return { text, interactive: { type: 'flow', flowId: flow_id, flowToken: flow_token, cta: flow_cta } };
    }
  }
}

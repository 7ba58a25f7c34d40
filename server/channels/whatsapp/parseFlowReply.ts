// A WhatsApp Flows reply (`interactive.nfm_reply`): `response_json` is a JSON string of the form's
// answers plus the `flow_token` it was sent with. Answers become readable text; anything that is
// not JSON, not an object, or carries no answer leaves the message as it was before (unsupported).
import { z } from 'zod';
import type { FlowForm } from '../../../core/model';

const Primitive = z.union([z.string(), z.number(), z.boolean()]);
/** Text inputs, dropdowns and radio buttons give one value, checkbox groups a list; pickers (photos, documents) give objects, left out. */
const AnswerValue = z.union([Primitive, z.array(Primitive)]);
const Reply = z.object({ name: z.string().optional(), response_json: z.string() });
const ResponseJson = z.record(z.string(), z.unknown());

const asText = (value: z.infer<typeof Primitive>) =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);

/** Null when the reply cannot be read as a form. */
export function parseFlowReply(reply: unknown): FlowForm | null {
  const outer = Reply.safeParse(reply);
  if (!outer.success) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(outer.data.response_json);
  } catch {
    return null;
  }
  const json = ResponseJson.safeParse(raw);
  if (!json.success) return null;
  const { flow_token: token, ...rest } = json.data;
  const answers: FlowForm['answers'] = [];
  for (const [name, value] of Object.entries(rest)) {
    const parsed = AnswerValue.safeParse(value);
    if (!parsed.success) continue;
    const text = Array.isArray(parsed.data) ? parsed.data.map(asText).join(', ') : asText(parsed.data);
    answers.push({ name, value: text });
  }
  return {
    name: outer.data.name ?? 'flow',
    flowToken: typeof token === 'string' ? token : null,
    answers,
  };
}

// The bot's flow as data: what an admin edits in the options page, what the server stores
// (versioned) and what the pure engine runs. Steps point at each other by id.
import { z } from 'zod';

export const StepId = z.string().min(1).max(64);

/** A WhatsApp reply button title is at most 20 characters; a list row title at most 24. */
export const MENU_BUTTON_TITLE_MAX = 20;
export const MENU_ROW_TITLE_MAX = 24;
/** WhatsApp shows up to 3 reply buttons, up to 10 list rows. */
export const MENU_BUTTONS_MAX = 3;
export const MENU_OPTIONS_MAX = 10;

const text = z.string().min(1).max(1024);
/** The step to go to next; null ends the flow (which hands over to the New queue). */
const next = StepId.nullable();

export const MessageStep = z.object({ kind: z.literal('message'), id: StepId, text, next });

/** Asks, waits for the answer, validates it by the type of the information field it fills. */
export const QuestionStep = z.object({
  kind: z.literal('question'),
  id: StepId,
  text,
  /** `FieldDefinition.key` of the information field the answer fills. */
  fieldKey: z.string().min(1),
  /** Shown when the answer does not fit the field's type; a default per type otherwise. */
  hint: z.string().max(1024).nullable().default(null),
  next,
});

export const MenuOption = z.object({ id: StepId, title: z.string().min(1).max(MENU_ROW_TITLE_MAX), next });

/** WhatsApp interactive buttons (≤ 3) or list (≤ 10); a numbered text menu elsewhere. */
export const MenuStep = z.object({
  kind: z.literal('menu'),
  id: StepId,
  text,
  options: z.array(MenuOption).min(1).max(MENU_OPTIONS_MAX),
});

export const FlowFormField = z.object({
  /** The key in `response_json`; lands in the information field with the same key. */
  name: z.string().min(1).max(64),
  label: z.string().min(1).max(80),
  type: z.enum(['text', 'number', 'date', 'choice']),
  options: z.array(z.string().min(1)).default([]),
});
export type FlowFormField = z.infer<typeof FlowFormField>;

/** Sends a WhatsApp Flow by its id and waits for the `nfm_reply`. Off WhatsApp it hands over. */
export const FlowFormStep = z.object({
  kind: z.literal('flowForm'),
  id: StepId,
  text,
  /** Meta's Flow id. */
  flowId: z.string().min(1).max(64),
  /** The button that opens the form. */
  cta: z.string().min(1).max(20),
  /** What the form asks, so the simulator can show it and answers can be checked. */
  fields: z.array(FlowFormField).min(1),
  next,
});

export const HandoverTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue') }),
  z.object({ kind: z.literal('agent'), agentId: z.string().min(1) }),
  /** Among the agents who marked themselves available in the panel; the queue when none is. */
  z.object({ kind: z.literal('roundRobin') }),
]);
export type HandoverTarget = z.infer<typeof HandoverTarget>;

export const HandoverStep = z.object({
  kind: z.literal('handover'),
  id: StepId,
  /** Said to the customer before handing over; nothing when null. */
  text: z.string().max(1024).nullable().default(null),
  to: HandoverTarget,
});

export const FlowStep = z.discriminatedUnion('kind', [MessageStep, QuestionStep, MenuStep, FlowFormStep, HandoverStep]);
export type FlowStep = z.infer<typeof FlowStep>;

export const Flow = z
  .object({
    startStepId: StepId,
    steps: z.array(FlowStep).min(1).max(200),
  })
  .meta({ id: 'Flow' });
export type Flow = z.infer<typeof Flow>;

/** Why the bot handed a conversation to people; shown as a system entry in the thread. */
export const HandoverReason = z.enum(['flow_end', 'asked_for_person', 'bot_failed', 'agent_took_over']);
export type HandoverReason = z.infer<typeof HandoverReason>;

// The bot's settings (admin) and an agent's availability for round-robin handover.
import { z } from 'zod';
import { Flow } from '../bot/flow';

/** A problem in a flow an admin saved, named by step so the editor can point at it. */
export const FlowProblem = z.object({
  stepId: z.string().nullable(),
  /** JSON path inside the flow, e.g. ["steps", 2, "next"]. */
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FlowProblem = z.infer<typeof FlowProblem>;

export const BotSettings = z
  .object({
    /** When on, a new customer conversation starts with the bot instead of the New queue. */
    enabled: z.boolean(),
    flow: Flow,
    /** Increases with every save; a conversation keeps the version it started with. */
    version: z.number().int().nonnegative(),
    /** Extra words that mean "a person, please", beyond the built-in English and Spanish ones. */
    handoverKeywords: z.array(z.string().min(1).max(64)).max(100),
    updatedAt: z.number().int().nonnegative(),
  })
  .meta({ id: 'BotSettings' });
export type BotSettings = z.infer<typeof BotSettings>;

export const PutBotBody = BotSettings.pick({ enabled: true, flow: true, handoverKeywords: true });
export type PutBotBody = z.infer<typeof PutBotBody>;

export const PutAvailabilityBody = z.object({ available: z.boolean() });
export type PutAvailabilityBody = z.infer<typeof PutAvailabilityBody>;

export const AutomationRule = z
  .object({
    id: z.string(),
    enabled: z.boolean(),
    /** Which closings it follows. */
    when: z.enum(['positive', 'negative', 'any']),
    afterMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 90),
    /** Where the flow restarts on the customer's next message; null = the flow's start. */
    restartAtStepId: z.string().nullable(),
    /** A template sent when the conversation goes back to the bot; none when null. */
    templateId: z.string().nullable(),
  })
  .meta({ id: 'AutomationRule' });
export type AutomationRule = z.infer<typeof AutomationRule>;

export const AutomationRules = z.object({ rules: z.array(AutomationRule).max(20) }).meta({ id: 'AutomationRules' });
export type AutomationRules = z.infer<typeof AutomationRules>;

/** PUT /v1/bot's 400 for a flow that cannot run: the usual error, plus every problem by step. */
export const FlowRejected = z
  .object({ error: z.object({ code: z.literal('invalid'), message: z.string() }), problems: z.array(FlowProblem) })
  .meta({ id: 'FlowRejected' });
export type FlowRejected = z.infer<typeof FlowRejected>;

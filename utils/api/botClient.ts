// The bot (admin: its switch, flow and handover words), the automations that give closed
// conversations back to it (admin), and an agent's availability for its round-robin handover.
// Answers are read bare or wrapped in one key ({bot}, {automations}): the routes are new and either
// shape is a reasonable reading of the contract, so the client does not break on the other.
import { z } from 'zod';
import { AutomationRules, BotSettings, type PutBotBody } from '@/core/api/bot';
import type { Requester } from './request';

const bareOr = <S extends z.ZodType>(schema: S, key: string) =>
  z.union([schema, z.object({ [key]: schema }).transform((wrapped) => wrapped[key] as z.infer<S>)]);

const BotAnswer = bareOr(BotSettings, 'bot');
const AutomationsAnswer = bareOr(AutomationRules, 'automations');

export function createBotClient(request: Requester) {
  return {
    bot: () => request.json(BotAnswer, '/v1/bot'),
    saveBot: (body: PutBotBody) => request.json(BotAnswer, '/v1/bot', { method: 'PUT', body }),
    automations: () => request.json(AutomationsAnswer, '/v1/automations'),
    saveAutomations: (body: AutomationRules) =>
      request.json(AutomationsAnswer, '/v1/automations', { method: 'PUT', body }),
    setAvailability: (available: boolean) =>
      request.json(z.unknown(), '/v1/me/availability', { method: 'PUT', body: { available } }),
  };
}

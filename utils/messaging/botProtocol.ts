// The bot's half of the protocol (merged into ProtocolMap): the options page's bot and automation
// editors and the panel's availability switch ask the background, which alone holds the token.
import type { AutomationRules, BotSettings, PutBotBody } from '@/core/api/bot';

export interface BotProtocolMap {
  /** Admin only (the server checks). Not synced: read when the editor opens. */
  getBot(): BotSettings;
  /** An invalid flow fails with the server's message; its FlowProblems ride on the error's `details`. */
  saveBot(data: PutBotBody): BotSettings;
  getAutomations(): AutomationRules;
  saveAutomations(data: AutomationRules): AutomationRules;
  /** The signed-in agent's "available for the bot's handovers"; the copy of the agents catches up. */
  setAvailability(data: { available: boolean }): void;
}

export type BotMessage = keyof BotProtocolMap;

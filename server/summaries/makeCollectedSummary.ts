// The summary without a chat model: what the customer answered (to the bot's questions and in
// WhatsApp Flows forms), nothing written.
import type { SummaryMaker } from '../http/aiDeps';
import { formAnswersOf } from '../flows/flowAnswers';

export const makeCollectedSummary: SummaryMaker = async (input) => ({
  botAnswers: input.botAnswers ?? [],
  formAnswers: formAnswersOf(input.messages, input.fieldDefinitions),
  written: null,
  engine: 'collected_only',
  model: null,
  error: null,
});
